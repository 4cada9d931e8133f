package org.planlens.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

/** A lead or partner cell cut into its bodies, as real task tables print them. */
class BodyListTest {
    private static final BodyList BODIES = new BodyList(new TableCues(ModelData.packaged()));

    private static void assertBodies(String cell, String... bodies) {
        assertEquals(List.of(bodies), BODIES.split(cell), cell);
    }

    @Test
    void semicolonsAndCommasBeforeABody_partTheList() {
        assertBodies("Các sở, ban, ngành tỉnh; UBND các xã, phường", "Các sở, ban, ngành tỉnh", "UBND các xã, phường");
        assertBodies(
                "Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu",
                "Sở Khoa học và Công nghệ",
                "các sở, ngành",
                "UBND xã, phường, đặc khu");
        assertBodies("Bộ Xây dựng, các địa phương", "Bộ Xây dựng", "các địa phương");
        assertBodies("Sở Tài chính Các sở, ngành", "Sở Tài chính", "Các sở, ngành");
    }

    @Test
    void aNameWithCommas_staysWhole() {
        assertBodies("Sở KH&CN; các cơ quan, đơn vị liên quan", "Sở KH&CN", "các cơ quan, đơn vị liên quan");
        assertBodies("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch");
        assertBodies("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh");
        assertBodies(
                "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch",
                "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch");
    }

    @Test
    void aBodyNamedTwice_isListedOnce() {
        assertBodies(
                "Trung tâm Chuyển đổi số Thành phố; Trung tâm Chuyển đổi số Thành phố",
                "Trung tâm Chuyển đổi số Thành phố");
        assertBodies("");
    }
}
