package org.planlens.text.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.planlens.model.TextEncoding;
import org.planlens.text.legacy.LegacyEncoder;
import org.planlens.text.legacy.LegacyTables;
import org.planlens.text.office.LegacyFonts.LegacyFont;

class LegacyFontsTest {
    private final LegacyFonts fonts = LegacyFonts.packaged();
    private final LegacyEncoder encoder = new LegacyEncoder(LegacyTables.packaged());

    @Test
    void fontNamesTellTheEncoding() {
        assertEquals(
                new LegacyFont(TextEncoding.TCVN3, false), fonts.of(".VnTime").orElseThrow());
        assertEquals(
                new LegacyFont(TextEncoding.TCVN3, false),
                fonts.of(".VnArial Narrow").orElseThrow());
        assertEquals(
                new LegacyFont(TextEncoding.TCVN3, true), fonts.of(".VnTimeH").orElseThrow());
        assertEquals(
                new LegacyFont(TextEncoding.VNI, false), fonts.of("VNI-Times").orElseThrow());
        assertTrue(fonts.of("Times New Roman").isEmpty());
        assertTrue(fonts.of("Vni Sans Serif Unicode").isEmpty());
        assertTrue(fonts.of(null).isEmpty());
    }

    /** A .VnTimeH run is typed in lower-case codes and shown in capitals. */
    @Test
    void capitalsFontDecodesToCapitals() {
        String typed = encoder.encode("kế hoạch cải cách hành chính", TextEncoding.TCVN3);
        assertEquals(
                "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
                fonts.decode(typed, fonts.of(".VnTimeH").orElseThrow()));
        assertEquals(
                "kế hoạch cải cách hành chính",
                fonts.decode(typed, fonts.of(".VnTime").orElseThrow()));
    }
}
