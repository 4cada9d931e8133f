package org.planlens.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planlens.fixtures.CharacterErrorRate;
import org.planlens.model.TextEncoding;
import org.planlens.support.Seeds;
import org.planlens.text.normalize.VietnameseSyllables;

class LegacyCodecTest {
    private final LegacyTables tables = LegacyTables.packaged();
    private final LegacyEncoder encoder = new LegacyEncoder(tables);
    private final LegacyDecoder decoder = new LegacyDecoder(tables);
    private final LegacyEncodingDetector detector = new LegacyEncodingDetector(decoder, VietnameseSyllables.packaged());

    private static final String ALL_LETTERS =
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ" + "pqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

    @Test
    void everyVietnameseLetter_roundTripsThroughBothEncodings() {
        for (TextEncoding e : new TextEncoding[] {TextEncoding.TCVN3, TextEncoding.VNI}) {
            assertEquals(ALL_LETTERS, decoder.decode(encoder.encode(ALL_LETTERS, e), e), e.toString());
        }
        String upper = ALL_LETTERS.toUpperCase(Locale.ROOT);
        assertEquals(upper, decoder.decode(encoder.encode(upper, TextEncoding.VNI), TextEncoding.VNI));
        // TCVN3 capitals with tones share lower-case codes; a word in capitals gets its case back
        assertEquals(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                decoder.decode(
                        encoder.encode("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextEncoding.TCVN3), TextEncoding.TCVN3));
    }

    @Test
    void tcvn3Capitals_titleCaseKeptAndHeadingsInCapitals() {
        String[] cases = {
            "Kế hoạch số 12/KH-UBND của Ủy ban nhân dân xã Tự Lập",
            "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
            "Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân huyện chỉ đạo.",
        };
        for (String c : cases) {
            assertEquals(c, decoder.decode(encoder.encode(c, TextEncoding.TCVN3), TextEncoding.TCVN3));
        }
    }

    @Test
    void knownLegacyBytes_decodeAsPublished() {
        assertEquals("Cộng hoà", decoder.decode("Céng hoµ", TextEncoding.TCVN3));
        assertEquals("Đồng Nai", decoder.decode("§ång Nai", TextEncoding.TCVN3));
        assertEquals("Cộng hòa", decoder.decode("Coäng hoøa", TextEncoding.VNI));
        assertEquals("Ủy ban nhân dân", decoder.decode("UÛy ban nhaân daân", TextEncoding.VNI));
        assertEquals("người được", decoder.decode("ngöôøi ñöôïc", TextEncoding.VNI));
    }

    @Test
    void seeds_encodedAndDecoded_comeBackWithinOnePercent() {
        for (Path seed : Seeds.all()) {
            String text = Seeds.text(seed);
            assertEquals(
                    cleanPunctuation(text),
                    decoder.decode(encoder.encode(text, TextEncoding.VNI), TextEncoding.VNI),
                    seed.toString());
            String tcvn = decoder.decode(encoder.encode(text, TextEncoding.TCVN3), TextEncoding.TCVN3);
            double cer = CharacterErrorRate.of(cleanPunctuation(text), tcvn);
            assertTrue(cer < 0.01, seed + " TCVN3 CER " + cer);
        }
    }

    @Test
    void detector_findsEachEncoding_andNeverFiresOnUnicodeOrEnglish() {
        for (Path seed : Seeds.all()) {
            String text = Seeds.text(seed);
            assertEquals(Optional.empty(), detector.detect(text), seed + " is Unicode");
            // decomposed letters are counted as composed ones (the words are walked in place, not split)
            assertEquals(
                    Optional.empty(),
                    detector.detect(Normalizer.normalize(text, Normalizer.Form.NFD)),
                    seed + " decomposed is Unicode");
            assertEquals(Optional.of(TextEncoding.TCVN3), detector.detect(encoder.encode(text, TextEncoding.TCVN3)));
            assertEquals(Optional.of(TextEncoding.VNI), detector.detect(encoder.encode(text, TextEncoding.VNI)));
            String page = text.substring(0, Math.min(1500, text.length()));
            assertEquals(Optional.of(TextEncoding.TCVN3), detector.detect(encoder.encode(page, TextEncoding.TCVN3)));
        }
        assertEquals(
                Optional.empty(),
                detector.detect("The café served crème brûlée à la carte; naïve résumé "
                        + "of the señor's piñata, Zürich and Malmö, façade, déjà vu, Ångström. ".repeat(5)));
        assertEquals(Optional.empty(), detector.detect("Plain ASCII text about administrative reform in 2021."));
    }

    /** What the encoders do to punctuation outside Latin-1. */
    private static String cleanPunctuation(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace('–', '-')
                .replace('—', '-')
                .replace('“', '"')
                .replace('”', '"')
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('…', '.')
                .replace('\u00A0', ' ');
    }
}
