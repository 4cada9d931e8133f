package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planlens.model.Metadata;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;

/** Header and signature lines (separated by " / ") and one field the extractor must read from them. */
class MetadataExtractorTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor(MODELS);
    private static final SectionParser SECTIONS = new SectionParser(MODELS);

    private static Metadata read(String lines) {
        String text = lines.replace(" / ", "\n");
        return EXTRACTOR.extract(text, SECTIONS.parse(text));
    }

    private static void assertField(String lines, String field, Object expected) {
        Metadata m = read(lines);
        Object got = switch (field) {
            case "type" -> m.documentType().code();
            case "number" -> m.number();
            case "date" ->
                m.issueDate().year() + "-" + m.issueDate().month() + "-"
                        + m.issueDate().day();
            case "issuer" ->
                m.issuer().name() + " | " + m.issuer().level().code() + " | "
                        + m.issuer().commune() + " | " + m.issuer().district() + " | "
                        + m.issuer().province();
            case "period" -> m.period().from() + "-" + m.period().to();
            case "signer" -> m.signer().name() + " | " + m.signer().title();
            case "title" -> m.title();
            default -> throw new IllegalArgumentException(field);
        };
        assertEquals(expected, got, lines);
    }

    @Test
    void typeNumberAndDate_comeFromTheHeader() {
        assertField(
                "ỦY BAN NHÂN DÂN / HUYỆN KIM SƠN / Số: 17/KH-UBND / Kim Sơn, ngày 03 tháng 3 năm 2022 / KẾ "
                        + "HOẠCH / Cải cách hành chính năm 2022",
                "number",
                "17/KH-UBND");
        assertField("Số:    /KH-UBND / KẾ HOẠCH / Cải cách hành chính năm 2022", "number", null);
        assertField(
                "Số /KH-UBND Hòa Bình, ngày   tháng 01 năm 2023 / KẾ HOẠCH / Cải cách hành chính",
                "date",
                "2023-1-null");
        assertField(
                "Số: 5/QĐ-UBND / QUYẾT ĐỊNH / Về việc ban hành Kế hoạch cải cách hành chính năm 2024",
                "type",
                "quyet_dinh");
        assertField("BÁO CÁO / Kết quả cải cách hành chính quý I năm 2024", "type", "bao_cao");
    }

    @Test
    void headerColumnsRunIntoOneLine_stillGiveTheIssuer() {
        String header =
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / HUYỆN PHONG ĐIỀN Độc lập - Tự do - Hạnh phúc"
                        + " / Số: 125/KH-UBND Phong Điền, ngày 03 tháng 3 năm 2025 / KẾ HOẠCH / Cải cách "
                        + "hành chính năm 2025"
                        + " / Thực hiện Kế hoạch của UBND thành phố Cần Thơ về cải cách hành chính.";
        assertField(header, "issuer", "Ủy ban nhân dân huyện Phong Điền | district | null | Phong Điền | Cần Thơ");
        assertField(header, "number", "125/KH-UBND");
        assertField(header, "date", "2025-3-3");
    }

    @Test
    void signer_underTheLongestPostAndMandate_isFound_butNotUnderALongerLine() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TUQ. Phó Chủ tịch thường trực / Trần Văn An",
                "signer",
                "Trần Văn An | Phó Chủ tịch thường trực");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TUQ. Phó Chủ tịch thường trực xã / Trần Văn An",
                "signer",
                "null | null");
    }

    @Test
    void signatureBesideTheRecipients_isFoundBelowTheirList() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính năm 2025 / Nơi nhận: KT. CHỦ TỊCH / - UBND thành phố; PHÓ CHỦ TỊCH"
                        + " / - Sở Nội vụ; / - Lưu: VT. / Huỳnh Văn Đức",
                "signer",
                "Huỳnh Văn Đức | Phó Chủ tịch");
    }

    @Test
    void title_isTheKindAndItsSubjectInSentenceCase() {
        assertField(
                "KẾ HOẠCH / CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2022",
                "title",
                "Kế hoạch cải cách hành chính nhà nước năm 2022");
        assertField(
                "QUYẾT ĐỊNH / Về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025",
                "title",
                "Quyết định ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025");
        assertField(
                "QUYẾT ĐỊNH: / Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính thị xã năm 2023.",
                "title",
                "Quyết định ban hành Kế hoạch cải cách hành chính thị xã năm 2023");
    }

    @Test
    void period_isTheYearsTheTitleCovers() {
        assertField("KẾ HOẠCH / Cải cách hành chính năm 2023", "period", "2023-2023");
        assertField("KẾ HOẠCH / Thực hiện cải cách hành chính giai đoạn 2026 - 2030", "period", "2026-2030");
    }

    @Test
    void issuer_comesFromTheHeaderOrFromThePlacesTheTextNames() {
        assertField(
                "ỦY BAN NHÂN DÂN / THỊ TRẤN PHÚ LỘC / KẾ HOẠCH / Cải cách hành chính năm 2022 / Thực hiện "
                        + "Kế hoạch của UBND huyện Phú Vang, UBND tỉnh Thừa Thiên Huế",
                "issuer",
                "Ủy ban nhân dân thị trấn Phú Lộc | commune | Phú Lộc | Phú Vang | Thừa Thiên Huế");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính năm 2021 / UBND xã xây dựng kế hoạch theo chỉ đạo của UBND "
                        + "huyện Yên Định. / Đảng bộ xã Định Tân lãnh đạo; UBND xã tổ chức thực hiện.",
                "issuer",
                "Ủy ban nhân dân xã Định Tân | commune | Định Tân | Yên Định | null");
    }

    @Test
    void signer_isThePersonUnderTheirOwnPost() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lê Văn Bình",
                "signer",
                "Lê Văn Bình | Chủ tịch");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Thị Hoa",
                "signer",
                "Nguyễn Thị Hoa | Phó Chủ tịch");
    }
}
