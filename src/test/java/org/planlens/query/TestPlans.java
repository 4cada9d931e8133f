package org.planlens.query;

import java.util.List;
import org.planlens.extract.agency.AgencyPillars;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Comparator;
import org.planlens.model.DocumentType;
import org.planlens.model.Issuer;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Period;
import org.planlens.model.Pillar;
import org.planlens.model.Plan;
import org.planlens.model.Relation;
import org.planlens.model.Role;
import org.planlens.model.Section;
import org.planlens.model.Signer;
import org.planlens.model.SourceFormat;
import org.planlens.model.SourceInfo;
import org.planlens.model.Target;
import org.planlens.model.Task;
import org.planlens.model.TaskSource;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;

/** Small plans with realistic values, and the text their offsets point into. */
public final class TestPlans {
    public record WithText(Plan plan, String text) {}

    private TestPlans() {}

    public static WithText commune(
            String id,
            String commune,
            String district,
            String province,
            int year,
            double satisfaction,
            String satisfactionWording) {
        String text = "KẾ HOẠCH Cải cách hành chính năm " + year + "\n"
                + "I. MỤC TIÊU\n"
                + "Căn cứ Quyết định số 3611/QĐ-UBND ngày 26/10/2022 của UBND tỉnh.\n"
                + satisfactionWording + " đạt tối thiểu " + fmt(satisfaction) + "%.\n"
                + "Tỷ lệ hồ sơ giải quyết TTHC trực tuyến đạt 50%.\n"
                + "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
                + "Ủy ban nhân dân xã chỉ đạo rà soát thủ tục hành chính; Văn phòng - Thống kê chủ trì.\n";
        int goal = text.indexOf("I. MỤC TIÊU");
        int proc = text.indexOf("II. CẢI CÁCH");
        int sat = text.indexOf(satisfactionWording);
        int online = text.indexOf("Tỷ lệ hồ sơ");
        int ref = text.indexOf("Quyết định số");
        int agency = text.indexOf("Văn phòng - Thống kê");
        List<Section> sections = List.of(
                new Section("s1", "I", "MỤC TIÊU", 1, null, Pillar.GENERAL, goal, proc),
                new Section(
                        "s2", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 1, null, Pillar.PROCEDURES, proc, text.length()));
        List<Target> targets = List.of(
                new Target(
                        "t1",
                        "s1",
                        Pillar.PROCEDURES,
                        text.substring(sat, text.indexOf('\n', sat) - 1),
                        satisfactionWording,
                        satisfaction,
                        "%",
                        Comparator.AT_LEAST,
                        null,
                        sat,
                        text.indexOf('\n', sat) - 1),
                new Target(
                        "t2",
                        "s1",
                        Pillar.DIGITAL_GOVERNMENT,
                        "Tỷ lệ hồ sơ giải quyết TTHC trực tuyến đạt 50%",
                        "Tỷ lệ hồ sơ giải quyết TTHC trực tuyến",
                        50,
                        "%",
                        Comparator.REACH,
                        year,
                        online,
                        online + 46));
        List<LegalReference> refs =
                List.of(decision3611(List.of(new Mention(ref, ref + 26, "s1").withRelation(Relation.BASIS))));
        List<Mention> agencyMentions = List.of(new Mention(agency, agency + 20, "s2"));
        List<Agency> agencies = List.of(new Agency(
                "a1",
                "Văn phòng - Thống kê",
                List.of(),
                List.of(Role.LEAD),
                new AgencyPillars(ModelData.packaged()).of(agencyMentions, sections, text),
                agencyMentions));
        List<Task> tasks = List.of(new Task(
                "k1",
                "II.1",
                "s2",
                TaskSource.TEXT,
                "Rà soát thủ tục hành chính",
                "Báo cáo",
                "Quý IV",
                List.of("Văn phòng - Thống kê"),
                List.of("Công chức Tư pháp - Hộ tịch")));
        Metadata m = new Metadata(
                "Kế hoạch cải cách hành chính năm " + year,
                DocumentType.KE_HOACH,
                "12/KH-UBND",
                new PartialDate(year, 1, 5),
                new Issuer("Ủy ban nhân dân xã " + commune, AdminLevel.COMMUNE, commune, district, province),
                new Period(year, year),
                new Signer("Nguyễn Văn A", "Chủ tịch"));
        Plan plan = new Plan(
                Plan.SCHEMA_VERSION,
                id,
                new SourceInfo(
                        "corpus/" + id + ".txt",
                        "00",
                        SourceFormat.of("txt"),
                        null,
                        false,
                        TextEncoding.UNICODE,
                        text.length()),
                m,
                sections,
                refs,
                targets,
                agencies,
                tasks,
                List.of());
        return new WithText(plan, text);
    }

    /** {@code p} with {@code targets} in place of its own. */
    public static Plan withTargets(Plan p, List<Target> targets) {
        return new Plan(
                p.schemaVersion(),
                p.id(),
                p.source(),
                p.metadata(),
                p.sections(),
                p.legalReferences(),
                targets,
                p.agencies(),
                p.tasks(),
                p.warnings(),
                p.provenance());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The provincial decision 3611/QĐ-UBND of 2022 every test plan cites, at {@code mentions}. */
    static LegalReference decision3611(List<Mention> mentions) {
        return new LegalReference(
                "r1", "Quyết định", "3611/QĐ-UBND", "3611/qd-ubnd@2022", "2022-10-26", "UBND tỉnh", null, mentions);
    }
}
