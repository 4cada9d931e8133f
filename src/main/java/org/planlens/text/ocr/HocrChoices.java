package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.text.DigitChoices;

/**
 * The words with a digit Tesseract was unsure of, read from its hOCR written with {@code lstm_choice_mode=2} and
 * {@code hocr_char_boxes=1}: each glyph comes with the characters the recogniser weighed for it and their
 * confidences. A digit is unsure when another digit was weighed for it at {@link #MIN_OTHER_CONFIDENCE} or more (a
 * zero whose inner dot makes it a 6, 8 or 9 to the recogniser); a glyph without a close other digit is as read.
 */
public final class HocrChoices {
    /** Confidence (0 to 100) at which another digit weighed for a glyph makes it unsure. */
    static final double MIN_OTHER_CONFIDENCE = 50;

    private static final Pattern PAGE = Pattern.compile("<div class='ocr_page'");
    private static final Pattern WORD = Pattern.compile("<span class='ocrx_word'");
    /** A glyph as read, then its choices when Tesseract gave any. */
    private static final Pattern GLYPH = Pattern.compile("<span class='ocrx_cinfo' title='x_bboxes[^']*'>([^<]*)</span>"
            + "(\\s*<span class='ocrx_cinfo' id='lstm_choices[^']*'>(?:\\s*<span class='ocrx_cinfo' id='choice[^']*'"
            + " title='x_confs [\\d.]+'>[^<]*</span>)*\\s*</span>)?");

    private static final Pattern CHOICE = Pattern.compile("title='x_confs ([\\d.]+)'>([^<]*)</span>");

    private HocrChoices() {}

    /** For each page of the hOCR, its words with an unsure digit, in reading order. */
    public static List<List<DigitChoices>> pages(String hocr) {
        List<List<DigitChoices>> out = new ArrayList<>();
        String[] pages = PAGE.split(hocr, -1);
        for (int p = 1; p < pages.length; p++) {
            out.add(words(pages[p]));
        }
        return out;
    }

    private static List<DigitChoices> words(String page) {
        List<DigitChoices> out = new ArrayList<>();
        String[] words = WORD.split(page, -1);
        for (int w = 1; w < words.length; w++) {
            StringBuilder text = new StringBuilder();
            List<String> glyphs = new ArrayList<>();
            Matcher g = GLYPH.matcher(words[w]);
            while (g.find()) {
                String read = unescape(g.group(1));
                text.append(read);
                if (read.length() == 1) {
                    glyphs.add(read + otherDigits(read.charAt(0), g.group(2)));
                } else {
                    // a glyph of several characters: each as read
                    read.chars().forEach(c -> glyphs.add(String.valueOf((char) c)));
                }
            }
            DigitChoices choices = new DigitChoices(text.toString(), glyphs);
            if (choices.unsure()) {
                out.add(choices);
            }
        }
        return out;
    }

    /** The other digits weighed for a digit glyph at the confidence that makes it unsure, best first. */
    private static String otherDigits(char read, String choices) {
        if (!Character.isDigit(read) || choices == null) {
            return "";
        }
        record Other(char digit, double confidence) {}
        List<Other> others = new ArrayList<>();
        Matcher c = CHOICE.matcher(choices);
        while (c.find()) {
            String ch = unescape(c.group(2));
            double confidence = Double.parseDouble(c.group(1));
            if (ch.length() == 1
                    && Character.isDigit(ch.charAt(0))
                    && ch.charAt(0) != read
                    && confidence >= MIN_OTHER_CONFIDENCE) {
                others.add(new Other(ch.charAt(0), confidence));
            }
        }
        StringBuilder out = new StringBuilder();
        others.stream()
                .sorted((a, b) -> Double.compare(b.confidence(), a.confidence()))
                .forEach(o -> out.append(o.digit()));
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
