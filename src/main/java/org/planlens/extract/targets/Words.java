package org.planlens.extract.targets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stretch of text as folded words with their offsets, so cue phrases can be peeled off either end. */
final class Words {
    /** A word, or a sign of comparison printed before a figure ("≥ 30%", ">= 30%"), which counts as one. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}/]+|[≥≤]|[<>]=?");

    record Word(String folded, int start, int end) {}

    private Words() {}

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Word(lower(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /** Lower case with accents kept: folding would make "từ" (from) and "tử" (in "điện tử") one word. */
    static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String[] phrase(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower(s).replace("/", " /"));
        while (m.find()) {
            words.add(m.group());
        }
        return words.toArray(String[]::new);
    }

    /** Length in words of the phrase of {@code phrases} that {@code words[from..to)} ends with, or 0. */
    static int endsWith(List<Word> words, int from, int to, List<String[]> phrases) {
        return longestAt(words, from, to, phrases, true);
    }

    /** Length in words of the phrase of {@code phrases} that {@code words[from..to)} starts with, or 0. */
    static int startsWith(List<Word> words, int from, int to, List<String[]> phrases) {
        return longestAt(words, from, to, phrases, false);
    }

    private static int longestAt(List<Word> words, int from, int to, List<String[]> phrases, boolean atEnd) {
        int best = 0;
        for (String[] p : phrases) {
            if (p.length > to - from || p.length <= best) {
                continue;
            }
            int first = atEnd ? to - p.length : from;
            boolean ok = true;
            for (int i = 0; i < p.length && ok; i++) {
                ok = words.get(first + i).folded().equals(p[i]);
            }
            if (ok) {
                best = p.length;
            }
        }
        return best;
    }

    /** Where the phrase first occurs in {@code words[from..to)}, or -1. */
    static int indexOf(List<Word> words, int from, int to, String[] phrase) {
        for (int i = from; i + phrase.length <= to; i++) {
            boolean ok = true;
            for (int k = 0; k < phrase.length && ok; k++) {
                ok = words.get(i + k).folded().equals(phrase[k]);
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }
}
