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

    @Test
    void villageHeads_addressedAsPersons_areStillPartners() {
        assertRoles(
                "phối hợp chặt chẽ với các ngành, các ông, bà Trưởng thôn đẩy mạnh thông tin",
                "Trưởng thôn=coordinate");
    }
}
