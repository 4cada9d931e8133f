package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.LegalReference;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;

/**
 * Issue 18 (the dev8 batch): where 2025 plans, decisions and notices assign work and where they only describe it,
 * and the names of bodies they print, each in the sentence shape real documents use.
 */
class AgencyAssignmentScopesTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final AgencyExtractor EXTRACTOR = new AgencyExtractor(MODELS);
    private static final SectionParser SECTIONS = new SectionParser(MODELS);
    private static final Issuer PROVINCE =
            new Issuer("Ủy ban nhân dân tỉnh Đắk Lắk", AdminLevel.PROVINCE, null, null, "Đắk Lắk");

    private static Map<String, String> roles(String text, Issuer issuer) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Agency a : EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), issuer)) {
            out.put(a.name(), a.roles().toString());
        }
        return out;
    }

    private static Map<String, String> roles(String text) {
        return roles(text, Issuer.UNKNOWN);
    }

    /** "các cấp ủy Đảng" (the party committees of every level) opens a list of bodies asked to act. */
    @Test
    void partyCommitteesOfEveryLevel_openAListOfBodiesAskedToAct() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì tổ chức triển khai Kế hoạch.\n2. Đề nghị các cấp"
                + " ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Tuyên truyền,"
                + " vận động đảng viên, hội viên tích cực tham gia hưởng ứng Phong trào thi đua;\n";
        assertEquals(
                List.of(
                        "Sở Nội vụ",
                        "các cấp ủy Đảng",
                        "Mặt trận Tổ quốc Việt Nam tỉnh",
                        "các tổ chức chính trị - xã hội tỉnh"),
                List.copyOf(roles(text).keySet()));
    }

    /** "Liên hiệp các Hội Khoa học và Kỹ thuật": a union of associations, named whole under its own heading. */
    @Test
    void aUnionOfAssociations_isNamedWhole() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n7. Liên hiệp các Hội Khoa học và Kỹ thuật\nNghiên cứu, tư vấn, phản biện"
                + " chính sách, giải pháp công nghệ; Đào tạo, bồi dưỡng nhân lực khoa học và công nghệ.\n";
        assertEquals(Map.of("Liên hiệp các Hội Khoa học và Kỹ thuật", "[LEAD]"), roles(text));
    }

    /** "Hội đồng Thi đua - Khen thưởng các cấp", "Ủy ban nhân dân các cấp": "các cấp" is part of the name. */
    @Test
    void bodiesOfEveryLevel_keepCacCapInTheirName() {
        String text = "V. TRÁCH NHIỆM THỰC HIỆN\n- Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các"
                + " thành viên trong quá trình chỉ đạo, hướng dẫn, giám sát việc triển khai thực hiện.\n- Ủy ban"
                + " nhân dân các cấp tổ chức triển khai Kế hoạch.\n";
        assertEquals(
                Map.of(
                        "Hội đồng Thi đua - Khen thưởng các cấp", "[LEAD, MONITOR]",
                        "Ủy ban nhân dân các cấp", "[LEAD]"),
                roles(text));
    }

    /** Who competes and by what criteria ("ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA") are no assignments; the plan's tasks are. */
    @Test
    void theCriteriaOfAnEmulation_assignNoWork() {
        String text = "III. ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG\n1. Đối tượng: Các sở, ban, ngành,"
                + " Ủy ban Mặt trận Tổ quốc và các tổ chức đoàn thể tỉnh, các địa phương.\n2. Tiêu chí thi đua\n"
                + "a) Đối với các sở, ban, ngành, UBND các xã, phường\n- Hoàn thành vượt mức các chỉ tiêu phát triển"
                + " kinh tế - xã hội năm 2025.\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì tổ chức triển khai.\n";
        assertEquals(Map.of("Sở Nội vụ", "[LEAD]"), roles(text));
    }

    /**
     * A decision's Quy định: the parts a body is made of ("Các Phòng chuyên môn, nghiệp vụ thuộc Chi cục gồm:") are no
     * bodies assigned work, and "Chi cục trưởng Chi cục Kiểm lâm" names the Chi cục.
     */
    @Test
    void thePartsABodyIsMadeOf_assignNoWork_andTheHeadOfASubDepartmentIsItsPost() {
        String text = "Điều 3. Cơ cấu tổ chức\n1. Lãnh đạo Chi cục có Chi cục trưởng và Phó Chi cục trưởng.\n"
                + "2. Các Phòng chuyên môn, nghiệp vụ thuộc Chi cục gồm:\na) Phòng Hành chính - Tổng hợp;\n"
                + "b) Phòng Tổ chức, Tuyên truyền và Xây dựng lực lượng;\n3. Các đơn vị thuộc Chi cục gồm:\n"
                + "a) Hạt Kiểm lâm Minh Hóa;\nĐiều 4. Tổ chức thực hiện\nChi cục trưởng Chi cục Kiểm lâm có trách"
                + " nhiệm:\nQuy định thẩm quyền, trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Chi cục.\n";
        assertEquals(Map.of("Chi cục Kiểm lâm", "[LEAD]"), roles(text));
    }

    /**
     * A conclusion notice's "ĐÁNH GIÁ CHUNG" tells what was done in its own text; the tasks come in numbered items,
     * under it or after it.
     */
    @Test
    void theResultsANoticeReports_assignNoWork_butItsNumberedItemsDo() {
        String text = "I. ĐÁNH GIÁ CHUNG\nVừa qua, Ban Thường vụ Tỉnh ủy Đắk Lắk đã kịp thời chỉ đạo triển khai các"
                + " biện pháp hiệu quả để phòng chống và khắc phục hậu quả của cơn bão số 13.\nĐể tiếp tục vận hành"
                + " chính quyền địa phương 02 cấp, thành phố cần tập trung thực hiện tốt một số nhiệm vụ sau đây:\n"
                + "1. Rà soát, bố trí cán bộ phù hợp với năng lực.\nỦy ban nhân dân Thành phố chỉ đạo các sở, ngành"
                + " tăng cường bám sát cơ sở.\nII. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n1. Giao Bộ Tài"
                + " chính khẩn trương hoàn thiện báo cáo sơ kết.\n";
        assertEquals(
                Map.of("Ủy ban nhân dân Thành phố", "[LEAD]", "các sở, ngành", "[LEAD]", "Bộ Tài chính", "[LEAD]"),
                roles(text));
    }

    /**
     * The issuer launching its campaign ("UBND tỉnh phát động Đợt thi đua ...; tăng tốc, ... như sau:") or
     * announcing its plan in a sentence that quotes a title with semicolons acts on its own text, over every clause.
     */
    @Test
    void theIssuerLaunchingOrAnnouncingItsText_overTheSemicolonsOfATitle_isAssignedNoWork() {
        String launched = "Để tiếp tục đẩy mạnh các phong trào thi đua yêu nước. UBND tỉnh phát động Đợt thi đua lập"
                + " thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá, hoàn thành thắng lợi các"
                + " mục tiêu, nhiệm vụ (sau đây gọi tắt là Đợt thi đua) với những nội dung chủ yếu như sau:\n"
                + "I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì tổ chức triển khai.\n";
        assertEquals(Map.of("Sở Nội vụ", "[LEAD]"), roles(launched, PROVINCE));
        String announced = "Ủy ban nhân dân tỉnh Nghệ An triển khai Đợt thi đua lập thành tích chào mừng Đại hội lần"
                + " thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ trên địa bàn tỉnh"
                + " Nghệ An (sau đây viết tắt là Đợt thi đua) và ban hành Kế hoạch tổ chức thực hiện như sau:\n"
                + "I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì tổ chức triển khai.\n";
        assertEquals(Map.of("Sở Nội vụ", "[LEAD]"), roles(announced));
    }

    /** "Chỉ thị so 41-CT/TW": "số" typed without its accents still opens the number. */
    @Test
    void aNumberAfterSoTypedWithoutAccents_isRead() {
        String text =
                "- Tổ chức quán triệt, triển khai thực hiện Chỉ thị\nso 41-CT/TW ngày 26/12/2024 của Bộ Chính trị,"
                        + " Kế hoạch số 319-KH/TU ngày\n10/4/2025 của Tỉnh ủy.\n";
        List<LegalReference> refs = new LegalReferenceExtractor(MODELS).extract(text, new SectionTree(List.of()));
        assertEquals(
                List.of("41-CT/TW", "319-KH/TU"),
                refs.stream().map(LegalReference::number).toList());
    }
}
