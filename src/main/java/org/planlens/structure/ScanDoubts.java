package org.planlens.structure;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OCR doubted in a scanned document's words, for the extractors that must not give a number it may have got
 * wrong: {@code lowConfidence} the words with digits Tesseract read with low confidence, {@code unsureDigits} the
 * words with a digit for which it weighed another digit, each as read with, for each of its characters, the
 * characters it may be, the one read first ({@code "90"}: a 9 also read as a 0; a sure character alone).
 */
public record ScanDoubts(Set<String> lowConfidence, Map<String, List<String>> unsureDigits) {
    /** A document not OCRed, or one OCR doubted nothing of. */
    public static final ScanDoubts NONE = new ScanDoubts(Set.of(), Map.of());

    /** A number's digits before its first part that is not all digits: {@code 197/2020} of {@code 197/2020/NĐ-CP}. */
    private static final Pattern HEAD = Pattern.compile("^\\d+(?:/\\d+)*");

    /** What a word holds before its number: {@code Số:} of {@code Số:15/KH-UBND}. */
    private static final Pattern BEFORE_NUMBER = Pattern.compile("^\\D+");

    public ScanDoubts {
        lowConfidence = Set.copyOf(lowConfidence);
        // sorted, so the reading a warning names is the same from run to run
        unsureDigits = Collections.unmodifiableSortedMap(new TreeMap<>(unsureDigits));
    }

    /** The digits a number starts with, its parts up to the first one not all digits; empty when there are none. */
    public static String head(String number) {
        Matcher m = HEAD.matcher(number);
        return m.find() ? m.group() : "";
    }

    /**
     * Another reading of the number {@code number} starts with ({@link #head}), when a word OCR read with that same
     * number holds a digit of it Tesseract weighed another digit for: the number with that digit as the other (the
     * first such digit); empty when every word read with it was sure of its digits. A word read otherwise (mended
     * since, with evidence) says nothing of the number as it stands.
     */
    public Optional<String> otherReading(String number) {
        String head = head(number);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> word : unsureDigits.entrySet()) {
            Matcher before = BEFORE_NUMBER.matcher(word.getKey());
            int from = before.find() ? before.end() : 0;
            if (!head(word.getKey().substring(from)).equals(head)) {
                continue;
            }
            List<String> glyphs = word.getValue();
            for (int i = 0; i < head.length() && from + i < glyphs.size(); i++) {
                String can = glyphs.get(from + i);
                if (can.length() > 1 && Character.isDigit(can.charAt(1))) {
                    return Optional.of(number.substring(0, i) + can.charAt(1) + number.substring(i + 1));
                }
            }
        }
        return Optional.empty();
    }
}
