package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.text.normalize.VietnameseSyllables;

/** A page is readable text when at least half its words are syllables, wherever in the page they stand. */
class TextLayerCheckTest {
    private final TextLayerCheck check = new TextLayerCheck(VietnameseSyllables.packaged());

    @Test
    void halfTheWordsSyllables_isUsable_evenWhenTheGarbageComesFirst() {
        assertTrue(check.usable(page(20, 20, true)));
        assertTrue(check.usable(page(20, 20, false)));
    }

    @Test
    void justUnderHalf_isNot_evenWhenTheSyllablesComeFirst() {
        assertFalse(check.usable(page(19, 21, true)));
        assertFalse(check.usable(page(19, 21, false)));
    }

    @Test
    void fewWords_areNotJudged_butTooFewCharactersAre() {
        assertTrue(check.usable(page(0, 9, true)));
        assertFalse(check.usable("điều"));
    }

    /** Syllables and non-syllable fragments ("ươư" is none), in two blocks, syllables first or last. */
    private static String page(int syllables, int garbage, boolean syllablesFirst) {
        List<String> good = Collections.nCopies(syllables, "điều");
        List<String> bad = Collections.nCopies(garbage, "ươư");
        return syllablesFirst
                ? String.join(" ", good) + " " + String.join(" ", bad)
                : String.join(" ", bad) + " " + String.join(" ", good);
    }
}
