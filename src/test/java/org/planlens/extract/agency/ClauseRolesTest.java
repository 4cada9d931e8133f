package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

/** Roles one clause gives, one line a case: clause, then "body=role" pairs in any order. */
class ClauseRolesTest {
    private static final AgencyLexicon LEX = new AgencyLexicon(ModelData.packaged());
    private static final ClauseRoles ROLES = new ClauseRoles(LEX, new MentionFinder(LEX));

    private static void assertRoles(String clause, String... expected) {
        TreeSet<String> got = new TreeSet<>();
        for (ClauseRoles.Assignment a : ROLES.read(clause, 0, List.of())) {
            got.add(a.body().name() + "=" + a.role().code());
        }
        assertEquals(new TreeSet<>(List.of(expected)), got, clause);
    }

    @Test
    void leadAndPartner_followTheConvention() {
        assertRoles(
                "Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ rà soát văn bản",
                "Phòng Tư pháp=lead",
                "Phòng Nội vụ=coordinate");
        assertRoles(
                "- Phối hợp với Văn phòng HĐND và UBND huyện kiểm tra việc công khai thủ tục",
                "Văn phòng HĐND và UBND huyện=coordinate");
    }

    @Test
    void standingOffice_takesEveryCueOfItsClause() {
        assertRoles(
                "Phòng Nội vụ là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc thực hiện",
                "Phòng Nội vụ=standing",
                "Phòng Nội vụ=lead",
                "Phòng Nội vụ=monitor");
    }

    @Test
    void bodiesThatAskOrAreNamedByRelevance_takeNoRole() {
        assertRoles("Chủ tịch UBND phường yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện");
        assertRoles(
                "Các phòng, ban, cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn nghiêm túc triển khai thực hiện",
                "Ủy ban nhân dân các xã, thị trấn=lead");
        assertRoles("Căn cứ Quyết định số 5/QĐ-UBND của UBND tỉnh, phối hợp với các đơn vị có liên quan thực hiện");
    }

    /** Issue 18: the bodies a subject asks ("đề nghị", "yêu cầu") do the work its cues name, the asker does not. */
    @Test
    void theBodiesAskedToAct_takeTheCuesThatFollowThem() {
        assertRoles(
                "Bộ Nội vụ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương, Bộ Văn hóa, Thể thao và Du lịch,"
                        + " các cơ quan báo chí của Trung ương chỉ đạo các cơ quan thông tấn, báo chí định hướng thông"
                        + " tin đúng về chủ trương, chính sách của Đảng",
                "Ban Tuyên giáo và Dân vận Trung ương=lead",
                "Bộ Văn hóa, Thể thao và Du lịch=lead",
                "các cơ quan báo chí của Trung ương=lead",
                "các cơ quan thông tấn, báo chí=lead");
        assertRoles(
                "UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh=coordinate");
        // asked for no work the plan assigns: no cue after the bodies
        assertRoles("Sở Nội vụ đề nghị các sở, ban, ngành phản ánh về Sở Nội vụ");
    }

    /** Issue 18: cues listed after a cue used as a noun are nouns too. */
    @Test
    void cuesListedAfterANoun_areNounsToo() {
        assertRoles("Sở Tư pháp nâng cao hiệu quả công tác tự kiểm tra, giám sát chất lượng dịch vụ công");
        assertRoles("Sở Tư pháp chủ trì, theo dõi việc thực hiện", "Sở Tư pháp=lead", "Sở Tư pháp=monitor");
        // after a preposition the listed cues are the body's duties
        assertRoles(
                "4. Phòng Tư pháp: Chủ trì, chịu trách nhiệm trong rà soát, kiểm tra, tham mưu",
                "Phòng Tư pháp=lead",
                "Phòng Tư pháp=monitor");
    }

    /** Issue 18: a cue after "đã" reports work done (a report's account), it assigns none. */
    @Test
    void workReportedAsDone_assignsNoRole() {
        assertRoles("- Đảng ủy thị trấn đã ban hành Công văn số 62-CV/ĐU ngày 15/6/2022 về lãnh đạo công tác chuyển"
                + " đổi số");
        assertRoles("Phòng Văn hóa - Thông tin đã triển khai, tiếp tục tuyên truyền", "Phòng Văn hóa - Thông tin=lead");
    }

    @Test
    void aRoleLabel_givesItsRoleToEveryBodyListedAfterIt() {
        assertRoles(
                "- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp và Thông tấn xã Việt Nam.",
                "Bộ Công an=lead",
                "Bộ Tư pháp=lead",
                "Thông tấn xã Việt Nam=lead");
        assertRoles(
                "Đơn vị phối hợp thực hiện: Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan; Sở Tài chính.",
                "Sở Tư pháp=coordinate",
                "Sở Tài chính=coordinate");
        assertRoles("- Đơn vị chủ trì: Công an Thành phố.", "Công an Thành phố=lead");
        assertRoles("c) Thời gian thực hiện: Hoàn thành trong năm 2025.");
    }

    @Test
    void aBodyDirectedOrUrged_doesTheWork() {
        assertRoles(
                "Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành tăng cường bám sát cơ sở",
                "Ủy ban nhân dân Thành phố=lead",
                "các sở, ngành=lead");
        assertRoles("(2) Bộ Y tế hoàn thành nâng cấp, kết nối Hệ thống quản lý", "Bộ Y tế=lead");
        // taking part in the work is coordinating it
        assertRoles("Hội Nông dân xã phối hợp tuyên truyền", "Hội Nông dân xã=coordinate");
        assertRoles(
                "Bảo hiểm xã hội tỉnh, Kho bạc Nhà nước khu vực XII phối hợp thực hiện.",
                "Bảo hiểm xã hội tỉnh=coordinate",
                "Kho bạc Nhà nước khu vực XII=coordinate");
        assertRoles("Các Bộ: Tài chính, Xây dựng hướng dẫn các địa phương.", "Bộ Tài chính=lead", "Bộ Xây dựng=lead");
    }

    @Test
    void aTaskGivenToTheSubject_isNoAskingOfOthers() {
        assertRoles(
                "2. Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc việc triển khai",
                "Văn phòng Chính phủ=monitor");
        assertRoles(
                "Để bảo đảm cắt giảm thực chất, theo đúng chỉ đạo của Bộ Chính trị, Ban Bí thư, Thủ tướng Chính phủ yêu"
                        + " cầu Bộ trưởng Bộ Công Thương tập trung hoàn thành",
                "Bộ Công Thương=lead");
        assertRoles(
                "2. Về đề nghị Bộ Nội vụ tham mưu ban hành cơ chế: Bộ Nội vụ nghiên cứu đề xuất của thành phố",
                "Bộ Nội vụ=lead");
    }

    @Test
    void aTargetCountingBodies_assignsThemNoWork() {
        assertRoles("- 100% các cơ quan hành chính và đơn vị sự nghiệp công lập hoàn thiện Đề án vị trí việc làm");
    }

    @Test
    void villageHeads_addressedAsPersons_areStillPartners() {
        assertRoles(
                "phối hợp chặt chẽ với các ngành, các ông, bà Trưởng thôn đẩy mạnh thông tin",
                "Trưởng thôn=coordinate");
    }
}
