package org.planlens.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;
import org.planlens.support.Seeds;

/** The syllable table answers as a map from the lower-cased words of the packaged list would. */
class VietnameseSyllablesTest {
    private final VietnameseSyllables syllables = VietnameseSyllables.packaged();
    private final Map<String, Integer> reference = reference();

    private static Map<String, Integer> reference() {
        Map<String, Integer> m = new HashMap<>();
        for (String[] row : ModelData.packaged().tsv(VietnameseSyllables.FILE)) {
            m.put(row[0], row.length > 1 && !row[1].isEmpty() ? Integer.parseInt(row[1]) : 0);
        }
        return m;
    }

    @Test
    void everyListedWordIsFoundInAnyCaseWithItsCount() {
        int longest = 0;
        for (Map.Entry<String, Integer> e : reference.entrySet()) {
            String w = e.getKey();
            longest = Math.max(longest, w.length());
            assertTrue(syllables.isSyllable(w), w);
            assertTrue(syllables.isSyllable(w.toUpperCase(Locale.ROOT)), w);
            assertTrue(syllables.isSyllable(Character.toUpperCase(w.charAt(0)) + w.substring(1)), w);
            assertTrue(syllables.isSyllable("«" + w + "»", 1, w.length() + 1), w);
            assertEquals(e.getValue() > 0, syllables.isAttested(w.toUpperCase(Locale.ROOT)), w);
            assertEquals(e.getValue(), syllables.count(w), w);
            assertEquals(
                    w.equals(w.toUpperCase(Locale.ROOT)) ? e.getValue() : 0,
                    syllables.count(w.toUpperCase(Locale.ROOT)),
                    "count takes lower case only: " + w);
        }
        assertEquals(longest, syllables.longest());
        Map<String, Integer> attested = new HashMap<>(reference);
        attested.values().removeIf(c -> c == 0);
        assertEquals(attested, syllables.attested());
    }

    /** Every word of the seeds, fragments of them, and words whose lower case String writes otherwise. */
    @Test
    void wordsOfTheSeedsAndTheirFragmentsAnswerAsTheMap() throws Exception {
        int found = 0;
        int checked = 0;
        for (Path seed : Seeds.all()) {
            String text = Files.readString(seed);
            for (String word : text.split("[^\\p{L}]+")) {
                for (String w : new String[] {
                    word,
                    word.length() > 1 ? word.substring(1) : word,
                    word.length() > 2 ? word.substring(0, word.length() - 1) : word
                }) {
                    boolean expected = reference.containsKey(w.toLowerCase(Locale.ROOT));
                    assertEquals(expected, syllables.isSyllable(w), w);
                    assertEquals(expected, syllables.isSyllable(" " + w + " ", 1, w.length() + 1), w);
                    found += expected ? 1 : 0;
                    checked++;
                }
            }
        }
        assertTrue(found > checked / 3 && found < checked, found + " of " + checked);
        for (String w : new String[] {"İt", "ΣΑ", "ΣΑΣ", "\uD835\uDC00b", "®iÒu", "điề", "", "x"}) {
            assertEquals(reference.containsKey(w.toLowerCase(Locale.ROOT)), syllables.isSyllable(w), w);
        }
        assertFalse(syllables.isSyllable("điề"));
    }
}
