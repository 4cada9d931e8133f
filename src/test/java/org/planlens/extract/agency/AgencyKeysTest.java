package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.AdminLevel;
import org.planlens.model.Issuer;
import org.planlens.rules.BadModelFiles;
import org.planlens.rules.ModelData;

/** Variants of one body's name meet under one key; different bodies do not. */
class AgencyKeysTest {
    private static final AgencyLexicon LEX = new AgencyLexicon(ModelData.packaged());
    private static final AgencyKeys PROVINCE = new AgencyKeys(
            LEX, new Issuer("Ủy ban nhân dân tỉnh Đồng Tháp", AdminLevel.PROVINCE, null, null, "Đồng Tháp"));
    private static final AgencyKeys CITY = new AgencyKeys(
            LEX, new Issuer("Ủy ban nhân dân Thành phố Hồ Chí Minh", AdminLevel.PROVINCE, null, null, "Hồ Chí Minh"));
    private static final AgencyKeys CENTRAL = new AgencyKeys(LEX, Issuer.UNKNOWN);

    private static void assertSame(AgencyKeys keys, String a, String b) {
        assertEquals(
                keys.key(a, a.startsWith("các") || a.startsWith("Các")),
                keys.key(b, b.startsWith("các") || b.startsWith("Các")),
                a + " / " + b);
    }

    @Test
    void committeesOfAllUnitsOfALevel_areOneBody() {
        assertSame(CITY, "Ủy ban nhân dân phường, xã, đặc khu", "UBND xã, phường, đặc khu");
        assertSame(CITY, "UBND các xã, phường", "Ủy ban nhân dân các xã, phường và đặc khu");
        assertSame(PROVINCE, "UBND cấp xã", "UBND các xã, phường");
        assertSame(
                CENTRAL,
                "Ủy ban nhân dân các tỉnh, thành phố",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
        assertNotEquals(CENTRAL.key("UBND các huyện, thị xã", false), CENTRAL.key("UBND các xã, phường", false));
    }

    @Test
    void departmentsAndTheirBranches_areOneCollective_butNotWithTheLocalities() {
        assertSame(PROVINCE, "Các sở, ban, ngành tỉnh", "các Sở, ngành");
        assertSame(CITY, "Các Sở, ban, ngành Thành phố", "các sở, ban, ngành, đơn vị");
        assertSame(CENTRAL, "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "các bộ, ngành");
        assertNotEquals(CENTRAL.key("Các bộ, ngành, địa phương", true), CENTRAL.key("các bộ, ngành", true));
    }

    @Test
    void abbreviatedFields_meetTheirFullNames() {
        assertSame(PROVINCE, "Sở KH&CN", "Sở Khoa học và Công nghệ");
        assertSame(PROVINCE, "Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void theFrontsCommitteeIsTheFront_andVietNamIsLeftOut() {
        assertSame(PROVINCE, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc tỉnh");
        assertNotEquals(PROVINCE.key("Mặt trận Tổ quốc tỉnh", false), PROVINCE.key("Hội Nông dân tỉnh", false));
    }

    @Test
    void theIssuersOwnUnits_areOneCollective() {
        AgencyKeys district = new AgencyKeys(
                LEX, new Issuer("Ủy ban nhân dân huyện Bác Ái", AdminLevel.DISTRICT, null, "Bác Ái", "Ninh Thuận"));
        assertSame(district, "các cơ quan, đơn vị trực thuộc UBND huyện", "các phòng ban thuộc huyện");
        assertNotEquals(district.key("các cơ quan, đơn vị thuộc tỉnh", true), district.key("các phòng ban", true));
    }

    @Test
    void aKeyWordRowOfNoKnownKind_isNamedWithTheFile(@TempDir Path dir) throws IOException {
        BadModelFiles.assertRefusedNamingTheFile(
                dir, "agency-keys.tsv", "committee\tỦy ban nhân dân\nsame-as\tX\tY\n", KeyWords::new);
    }
}
