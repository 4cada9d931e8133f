package org.planlens.text.legacy;

import java.text.Normalizer;
import java.util.Optional;
import org.planlens.model.TextEncoding;
import org.planlens.rules.RegexSpace;
import org.planlens.text.normalize.VietnameseSyllables;

/**
 * Tells whether text is TCVN3 or VNI read as Windows-1252/Latin-1. A word that holds a byte above 0x7F is a
 * candidate; the encoding fires when, decoded, most candidates become real Vietnamese syllables and they are
 * a fair share of all words. Real Unicode Vietnamese is recognised first by its letters outside Latin-1
 * ({@code ơ ư đ ạ ấ}, or combining marks), which no legacy reading produces, and is never converted.
 */
public final class LegacyEncodingDetector {
    /** Words examined; a page or the start of a document is enough to decide. */
    private static final int MAX_WORDS = 4000;
    /** Unicode Vietnamese letters per letter above which text is taken as already Unicode. */
    private static final double UNICODE_SHARE = 0.01;

    private static final int MIN_CANDIDATES = 3;
    /** Candidate words per word: legacy Vietnamese marks a large share of its words. */
    private static final double MIN_CANDIDATE_SHARE = 0.08;
    /** Candidates that must decode to syllables. */
    private static final double MIN_VALID_SHARE = 0.6;

    private final LegacyDecoder decoder;
    private final VietnameseSyllables syllables;

    public LegacyEncodingDetector(LegacyDecoder decoder, VietnameseSyllables syllables) {
        this.decoder = decoder;
        this.syllables = syllables;
    }

    /** The legacy encoding {@code text} is in, or empty for Unicode (or text too short to tell). */
    public Optional<TextEncoding> detect(String text) {
        String stripped = text.strip();
        if (unicodeVietnamese(stripped)) {
            return Optional.empty();
        }
        String[] words = stripped.split("\\s+", MAX_WORDS + 1);
        int n = Math.min(words.length, MAX_WORDS);
        TextEncoding best = null;
        double bestScore = 0;
        for (TextEncoding encoding : new TextEncoding[] {TextEncoding.TCVN3, TextEncoding.VNI}) {
            double score = score(words, n, encoding);
            if (score > bestScore) {
                bestScore = score;
                best = encoding;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Share of words that decode to syllables, or 0 when the evidence does not hold up. */
    private double score(String[] words, int n, TextEncoding encoding) {
        int candidates = 0;
        int valid = 0;
        int validAsIs = 0;
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (!hasHighByte(w)) {
                continue;
            }
            candidates++;
            if (allSyllables(w)) {
                validAsIs++;
            }
            if (allSyllables(decoder.decode(w, encoding))) {
                valid++;
            }
        }
        if (candidates < MIN_CANDIDATES || candidates < n * MIN_CANDIDATE_SHARE) {
            return 0;
        }
        if (valid < candidates * MIN_VALID_SHARE || valid <= 2 * validAsIs) {
            return 0;
        }
        return (double) valid / n;
    }

    /** Whether every letter run of {@code word} is a syllable (and there is one). */
    private boolean allSyllables(String word) {
        int runs = 0;
        int i = 0;
        while (i < word.length()) {
            if (!Character.isLetter(word.charAt(i))) {
                if (word.charAt(i) >= 0x80 && !isPunctuation(word.charAt(i))) {
                    return false;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            if (!syllables.isSyllable(word, i, end)) {
                return false;
            }
            runs++;
            i = end;
        }
        return runs > 0;
    }

    private static boolean isPunctuation(char c) {
        return c == '\u2013' || c == '\u2014' || (c >= '\u2018' && c <= '\u201F') || c == '\u2026' || c == '\u00A0';
    }

    private static boolean hasHighByte(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x80 && !isPunctuation(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first {@link #MAX_WORDS} words (runs of non-\s) are Unicode Vietnamese, counted in NFC. Walks the
     * text in place: this runs on every PDF page, and splitting the page into words cost more than the rest of the
     * check. A word of chars below U+0300 or precomposed Vietnamese letters is already NFC and is counted where it
     * stands; only another word is copied to be composed.
     */
    private static boolean unicodeVietnamese(String text) {
        int letters = 0;
        int vietnamese = 0;
        int words = 0;
        int i = 0;
        while (i < text.length() && words < MAX_WORDS) {
            while (i < text.length() && RegexSpace.is(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean composed = true;
            while (i < text.length() && !RegexSpace.is(text.charAt(i))) {
                char c = text.charAt(i++);
                composed &= c < '\u0300' || (c >= '\u1EA0' && c <= '\u1EF9');
            }
            if (i == start) {
                break;
            }
            words++;
            CharSequence w = composed ? text : Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFC);
            int from = composed ? start : 0;
            int to = composed ? i : w.length();
            for (int j = from; j < to; j++) {
                char c = w.charAt(j);
                if (c < 0x80) {
                    letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                    continue;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
                if (isVietnameseBeyondLatin1(c)) {
                    vietnamese++;
                }
            }
        }
        return letters > 0 && vietnamese > letters * UNICODE_SHARE;
    }

    static boolean isVietnameseBeyondLatin1(char c) {
        return c == 'Ă'
                || c == 'ă'
                || c == 'Đ'
                || c == 'đ'
                || c == 'Ĩ'
                || c == 'ĩ'
                || c == 'Ũ'
                || c == 'ũ'
                || c == 'Ơ'
                || c == 'ơ'
                || c == 'Ư'
                || c == 'ư'
                || (c >= '\u1EA0' && c <= '\u1EF9')
                || (c >= '\u0300' && c <= '\u0323');
    }
}
