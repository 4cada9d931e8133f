package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

/** Names of bodies as the finder cuts them out of a clause, one line a case: clause, then the names found. */
class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder(new AgencyLexicon(ModelData.packaged()));

    private static void assertNames(String clause, String... expected) {
        List<String> names = FINDER.find(clause, 0).stream()
                .map(f -> f.name() + (f.byRelevance() ? " (relevance)" : ""))
                .toList();
        assertEquals(List.of(expected), names, clause);
    }

    /** Issue 18 (dev6): "Phòng ngừa", "phòng chống" are prevention, not a division named "Phòng ..."; a state group
     * listed after "các Tập đoàn:" runs to the end of its known name, lower-case syllables and all. */
    @Test
    void preventionIsNoDivision_andAListedGroupKeepsItsWholeKnownName() {
        assertNames("b) Phòng ngừa, ứng phó với bạo lực trên cơ sở giới");
        assertNames("tăng cường phòng chống tham nhũng, lãng phí");
        assertNames(
                "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển"
                        + " khai thực hiện",
                "Bưu chính Viễn thông Việt Nam",
                "Công nghiệp - Viễn thông Quân đội");
    }

    /**
     * Issue 18 (dev6): kinds of body listed without "các" name a collective ("Sở, ban, ngành thành phố", "Thủ
     * trưởng cơ quan, ban, ngành thành phố"); generic nouns alone ("cơ quan, tổ chức ...") still name none.
     */
    @Test
    void kindsListedWithoutCac_nameACollective() {
        assertNames(
                "Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường",
                "Sở, ban, ngành thành phố",
                "Ủy ban nhân dân xã, phường");
        assertNames("Thủ trưởng cơ quan, ban, ngành thành phố chịu trách nhiệm", "cơ quan, ban, ngành thành phố");
        assertNames("cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành");
    }

    @Test
    void headsWithTheirNames_areCutAtVerbsAndSigns() {
        assertNames("Phòng Tài chính - Kế hoạch có trách nhiệm tham mưu", "Phòng Tài chính - Kế hoạch");
        assertNames("3. Công chức Địa chính - Xây dựng tham mưu thực hiện", "Công chức Địa chính - Xây dựng");
        assertNames("Phối hợp với văn phòng UBND huyện nâng cấp phần mềm", "văn phòng UBND huyện");
        assertNames("Trung tâm Phục vụ hành chính công chủ trì", "Trung tâm Phục vụ hành chính công");
        assertNames(
                "Đề nghị Mặt trận Tổ quốc Việt Nam phường và các đoàn thể phường: Phối hợp",
                "Mặt trận Tổ quốc Việt Nam phường",
                "các đoàn thể phường");
    }

    /** Issue 18: whose members a collective lists may be said by "của" and the unit they belong to. */
    @Test
    void aCollectiveOfAUnit_keepsItsUnitAfterCua() {
        assertNames(
                "4. Các Sở, ban, ngành của Thành phố, UBND phường, xã",
                "Các Sở, ban, ngành của Thành phố",
                "UBND phường, xã");
        assertNames("các cơ quan báo chí của Trung ương chỉ đạo", "các cơ quan báo chí của Trung ương");
        assertNames("các sở, ban, ngành của tỉnh triển khai", "các sở, ban, ngành của tỉnh");
        assertNames(
                "các cơ quan báo chí, phát thanh, truyền hình khác tuyên truyền",
                "các cơ quan báo chí, phát thanh, truyền hình khác");
    }

    /** Issue 18: members named by a list the document prints keep the reference to it in their name. */
    @Test
    void aCollectiveListedInAnArticle_keepsTheReference() {
        assertNames(
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 và Thủ trưởng các cơ quan liên quan chịu",
                "Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1",
                "các cơ quan (relevance)");
        assertNames("các đơn vị quy định tại khoản 2 Điều này thực hiện", "các đơn vị quy định tại khoản 2 Điều này");
        // no unit of the document after it: an ordinary verb, the name ends before it
        assertNames("Sở Tài chính nêu tại báo cáo", "Sở Tài chính");
    }

    /** Issue 18: the fields a collective works in, listed after "trong lĩnh vực", belong to its name. */
    @Test
    void aCollectiveOfAField_keepsTheFieldsItLists() {
        assertNames(
                "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ"
                        + " thông tin trên địa bàn Tỉnh",
                "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ"
                        + " thông tin trên địa bàn Tỉnh");
        assertNames(
                "các doanh nghiệp hoạt động trong lĩnh vực bưu chính được tạo điều kiện",
                "các doanh nghiệp hoạt động trong lĩnh vực bưu chính");
    }

    /** Issue 18: organisations and individuals listed with a collective make it the public, not a body. */
    @Test
    void aCollectiveListingIndividuals_isNoBody() {
        assertNames(
                "5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan",
                "Các doanh nghiệp viễn thông, tổ chức, cá nhân (relevance)");
        // the public: no body at all
        assertNames("khuyến khích các doanh nghiệp, tổ chức, cá nhân tham gia");
    }

    /** Issue 18: a province's zone management board is named whole, "các khu ..." included. */
    @Test
    void aZoneManagementBoard_isNamedWhole() {
        assertNames(
                "Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện",
                "Ban Quản lý các khu công nghệ cao và khu công nghiệp");
        assertNames("Ban Quản lý các khu công nghiệp tỉnh chủ trì", "Ban Quản lý các khu công nghiệp tỉnh");
        // a zone's own name follows its board's head
        assertNames("Ban Quản lý Khu kinh tế Đông Nam phối hợp", "Ban Quản lý Khu kinh tế Đông Nam");
    }

    @Test
    void provincialNames_keepTheirFieldsAndSeries() {
        // a document's kind right after the head is the body's field
        assertNames(
                "Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu",
                "Sở Tài chính",
                "Sở Kế hoạch và Đầu tư");
        // a series of fields in one name, closed by "và"; a list of bodies opens each item with a head
        assertNames("Sở Văn hóa, Thể thao và Du lịch chủ trì", "Sở Văn hóa, Thể thao và Du lịch");
        assertNames(
                "Trung tâm Văn hóa, Thông tin và Thể thao thành phố tuyên truyền",
                "Trung tâm Văn hóa, Thông tin và Thể thao thành phố");
        assertNames("Sở Tư pháp, Văn phòng UBND tỉnh chủ trì", "Sở Tư pháp", "Văn phòng UBND tỉnh");
        assertNames(
                "Báo Phú Yên, Đài Phát thanh và Truyền hình Phú Yên",
                "Báo Phú Yên",
                "Đài Phát thanh và Truyền hình Phú Yên");
    }

    @Test
    void provincialBodies_ofOtherKinds() {
        assertNames("Thanh tra tỉnh chủ trì, phối hợp với Cục Thuế tỉnh kiểm tra", "Thanh tra tỉnh", "Cục Thuế tỉnh");
        assertNames("Sở Lao động - Thương binh và Xã hội thực hiện", "Sở Lao động - Thương binh và Xã hội");
        assertNames("Tỉnh đoàn, Liên đoàn Lao động tỉnh phối hợp tuyên truyền", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh");
        assertNames("Đài Phát thanh - Truyền hình tỉnh mở chuyên mục", "Đài Phát thanh - Truyền hình tỉnh");
    }

    @Test
    void verbsThatOpenWithAHeadNoun_nameNoBody() {
        assertNames("Ban hành kế hoạch kiểm tra nội vụ trong Quý I");
        assertNames("Báo cáo kết quả về Sở Nội vụ", "Sở Nội vụ");
    }

    @Test
    void aClauseOpenerAfterAName_endsIt() {
        assertNames(
                "UBND các huyện, thị xã, thành phố Căn cứ Kế hoạch này xây dựng", "UBND các huyện, thị xã, thành phố");
    }

    @Test
    void postsOfPersons_areLeftOutOfTheName() {
        assertNames("Trưởng Phòng Nội vụ huyện Yên Thành", "Phòng Nội vụ huyện Yên Thành");
        assertNames("Chủ tịch UBND các phường, thị trấn chịu trách nhiệm", "UBND các phường, thị trấn");
        assertNames(
                "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện chịu trách nhiệm",
                "các cơ quan chuyên môn thuộc UBND huyện");
    }

    @Test
    void collectives_areBodiesOnlyWhenTheirMembersArePlaced() {
        assertNames("Các cơ quan, đơn vị thuộc thị xã triển khai", "Các cơ quan, đơn vị thuộc thị xã");
        assertNames(
                "các đơn vị sự nghiệp công lập trên địa bàn quận", "các đơn vị sự nghiệp công lập trên địa bàn quận");
        assertNames("các cơ quan, đơn vị có liên quan", "các cơ quan, đơn vị (relevance)");
        assertNames("các cơ quan, đơn vị, địa phương", "các cơ quan, đơn vị, địa phương (relevance)");
        assertNames(
                "Các phòng, ban, cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn nghiêm túc triển khai",
                "Các phòng, ban, cơ quan, đơn vị (relevance)",
                "Ủy ban nhân dân các xã, thị trấn");
    }

    @Test
    void ministriesAndCentralBodies_areCutWhereTheirKnownNameEnds() {
        assertNames("Bộ Tài chính khẩn trương rà soát, kịp thời bố trí kinh phí", "Bộ Tài chính");
        assertNames(
                "Cơ quan thực hiện: Bộ Công an, Bộ Văn hóa, Thể thao và Du lịch, Đài Tiếng nói Việt Nam",
                "Bộ Công an",
                "Bộ Văn hóa, Thể thao và Du lịch",
                "Đài Tiếng nói Việt Nam");
        assertNames("chủ trì, phối hợp với Văn phòng Chính phủ khẩn trương nghiên cứu", "Văn phòng Chính phủ");
        // "Bộ" names a ministry only with a ministry's field
        assertNames("Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp");
        assertNames("theo hướng dẫn của Bộ, ngành chuyên môn");
    }

    @Test
    void aKnownField_endsTheName_butForItsUnitAndPlace() {
        assertNames("Sở Khoa học và Công nghệ để hỗ trợ doanh nghiệp", "Sở Khoa học và Công nghệ");
        assertNames("Phối hợp với Sở Nội vụ - Tiếp tục triển khai", "Sở Nội vụ");
        assertNames("Sở Tài chính tỉnh Nghệ An thẩm định dự toán", "Sở Tài chính tỉnh Nghệ An");
        assertNames(
                "Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường",
                "Sở Quy hoạch - Kiến trúc",
                "Sở Nông nghiệp và Môi trường");
        assertNames("Sở KH&CN chủ trì", "Sở KH&CN");
    }

    @Test
    void aHeadAndItsListedFields_nameOneBodyAField() {
        assertNames(
                "Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn trương khắc phục",
                "Bộ Tài chính",
                "Bộ Y tế",
                "Bộ Tư pháp",
                "Bộ Nội vụ");
    }

    @Test
    void postsInACollectiveSeries_nameTheCollectiveTheyHead() {
        assertNames(
                "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban"
                        + " nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành",
                "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                "Ủy ban nhân dân các tỉnh, thành phố");
        assertNames(
                "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ Tập trung chỉ đạo quyết liệt",
                "các Bộ, cơ quan ngang bộ");
        assertNames("Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng Chính phủ", "Bộ Công an");
        // a post before "các" opens the next collective
        assertNames(
                "Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các"
                        + " huyện, thị xã, thành phố và Thủ trưởng các cơ quan, đơn vị liên quan",
                "Văn phòng UBND tỉnh",
                "các sở",
                "các ban, ngành cấp tỉnh",
                "UBND các huyện, thị xã, thành phố",
                "các cơ quan, đơn vị (relevance)");
    }

    @Test
    void collectivesNamedByKind_areBodies_butNotOnesNamedByCompetence() {
        assertNames("Các sở, ban, ngành tỉnh tổ chức thực hiện", "Các sở, ban, ngành tỉnh");
        assertNames("phối hợp với các bộ, ngành đề xuất sửa đổi", "các bộ, ngành");
        assertNames("Ủy ban nhân dân các xã, phường và đặc khu", "Ủy ban nhân dân các xã, phường và đặc khu");
        assertNames("chỉ đạo các đơn vị thuộc thẩm quyền quản lý", "các đơn vị (relevance)");
        assertNames(
                "các bộ phận báo cáo về Văn phòng HĐND và UBND xã",
                "các bộ phận (relevance)",
                "Văn phòng HĐND và UBND xã");
        assertNames("các Ban của Hội đồng nhân dân", "các Ban của Hội đồng nhân dân");
    }

    @Test
    void unitsOfAMinistryAndBodiesAfterAPostInLowerCase() {
        assertNames(
                "Vụ Cải cách hành chính chủ trì, phối hợp với Văn phòng Bộ, Thanh tra Bộ và các đơn vị thuộc Bộ",
                "Vụ Cải cách hành chính",
                "Văn phòng Bộ",
                "Thanh tra Bộ",
                "các đơn vị thuộc Bộ");
        assertNames(
                "Thủ trưởng các cơ quan, đơn vị thuộc và trực thuộc Bộ chịu trách nhiệm",
                "các cơ quan, đơn vị thuộc và trực thuộc Bộ");
        assertNames("Trưởng phòng Nội vụ huyện có trách nhiệm theo dõi", "phòng Nội vụ huyện");
        // a generic noun after a post is no body; "Thanh tra" as a verb names none
        assertNames("Đề nghị người đứng đầu cấp ủy; thủ trưởng cơ quan, đơn vị trực tiếp chỉ đạo");
        assertNames("Thanh tra việc thực hiện các quy định về công vụ");
        assertNames("1. Cơ quan chuyên môn: tải hồ sơ từ Hệ thống");
    }

    @Test
    void documentSymbols_nameNoBody() {
        assertNames("Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND tỉnh", "UBND tỉnh");
    }

    /** The grammar words ("các", "và", ...) are rows of agency-scope.tsv, one word a kind. */
    @Test
    void aGrammarKindWithTwoWords_failsNamingTheFile(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("agency-scope.tsv"), "plural\tnhững\n", StandardOpenOption.APPEND);
        AgencyLexicon lex = new AgencyLexicon(ModelData.from(dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MentionFinder(lex));
        assertTrue(e.getMessage().contains("agency-scope.tsv") && e.getMessage().contains("plural"), e.getMessage());
    }

    /**
     * Issue 18 (dev4, dev5): a body's head after "các" with "của" and the body its members belong to is a collective;
     * a place's name after a known field closes the name, and one after words in lower case is no verb ("Cần").
     */
    @Test
    void committeesOfABody_andAPlaceClosingAName() {
        assertNames(
                "- Hội đồng Dân tộc, các Ủy ban của Quốc hội tham gia.", "Hội đồng Dân tộc", "các Ủy ban của Quốc hội");
        assertNames(
                "Ban quản lý các khu chế xuất và công nghiệp Cần Thơ chủ trì",
                "Ban quản lý các khu chế xuất và công nghiệp Cần Thơ");
        assertNames("Trung tâm Xúc tiến đầu tư Cần Thơ chủ trì", "Trung tâm Xúc tiến đầu tư Cần Thơ");
    }

    /**
     * Issue 18 (dev4): socio-political organisations ("xã" there is no unit) and credit institutions are kinds; a
     * member's head with a proper name after a comma starts the next body; "thành viên" inside the head "tổ chức
     * thành viên" names no kind.
     */
    @Test
    void kindsOfOrganisations_andANamedBodyAfterACollective() {
        assertNames(
                "Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên,"
                        + " các tổ chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam, theo nhiệm vụ, quyền hạn của mình",
                "Chính phủ",
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "các tổ chức thành viên (relevance)",
                "các tổ chức chính trị xã hội",
                "Hội Chữ thập đỏ Việt Nam");
        assertNames(
                "Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng: khẩn trương khắc phục",
                "Ngân hàng Nhà nước Việt Nam",
                "các tổ chức tín dụng");
    }

    /** Issue 18 (dev4): a stop word inside a name that a place's name closes is a word of the name. */
    @Test
    void aStopWordInsideANameClosedByAPlace_isPartOfIt() {
        assertNames(
                "c) Ban quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên chủ trì",
                "Ban quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên");
        assertNames(
                "Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên chủ trì",
                "Ban quản lý Khu Kinh tế Phú Yên",
                "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên");
        assertNames("Phòng Kinh tế ứng dụng phần mềm quản lý", "Phòng Kinh tế");
    }

    /** Issue 18 (dev5): units named by the scope of a body's management ("thuộc phạm vi quản lý") are no agency. */
    @Test
    void unitsWithinTheScopeOfManagement_areNamedByRelevance() {
        assertNames(
                "Chỉ đạo các đơn vị cấp nước thuộc phạm vi quản lý xây dựng phương án",
                "các đơn vị cấp nước (relevance)");
    }

    /** Issue 18 (dev5): "vi phạm" (who breaks a rule) names no body: a post followed by it is none. */
    @Test
    void aPostThatBreaksARule_isNoBody() {
        assertNames("thủ trưởng đơn vị và công chức vi phạm phải chịu trách nhiệm");
    }

    /**
     * Issue 18 (dev10): a field after a head of two words ("Trung tâm Dịch vụ việc làm", "Chi nhánh Ngân hàng Chính
     * sách xã hội") is the whole name but for its place: "việc làm" is no verb there, "xã hội" no commune.
     */
    @Test
    void aFieldAfterAHeadOfTwoWords_isWholeWithItsPlace() {
        assertNames(
                "- Cơ quan phối hợp: Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng Chính sách xã hội Thành phố, Trung"
                        + " tâm Dịch vụ việc làm Thành phố, Ủy ban nhân dân xã, phường, đặc khu",
                "Bảo hiểm xã hội Thành phố",
                "Chi nhánh Ngân hàng Chính sách xã hội Thành phố",
                "Trung tâm Dịch vụ việc làm Thành phố",
                "Ủy ban nhân dân xã, phường, đặc khu");
    }

    /** Issue 18 (dev10): a department's schools are members of the collective it addresses. */
    @Test
    void schoolsListedWithUnits_nameOneCollective() {
        assertNames(
                "các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo",
                "các đơn vị, cơ sở giáo dục trực thuộc");
    }
}
