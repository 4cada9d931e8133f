package org.planlens.text.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.Fold;
import org.planlens.rules.LetterCase;
import org.planlens.rules.ModelData;
import org.planlens.rules.NamedWords;
import org.planlens.rules.NumberingGrammar;

/**
 * Keeps the document of a saved web page (HTML or Markdown) and drops the site around it: menus, log-in prompts,
 * copyright notes and the site's summary table before the document, "related documents" after it. The document
 * runs from its issuer header and national motto (or, printed without them, its document-type line or a line
 * naming its issuing body, in capitals) to the end of its last signature block ({@code Nơi nhận} list and signer);
 * what follows a signature as part of the document (an appendix, the plan a decision issues, footnotes: a "PHỤ LỤC",
 * a type line, a "(Kèm theo ...)" line or a footnote's "[1]" next, or a "PHỤ LỤC" heading after a list the letter
 * sends with it) stays, and so does the text of a page without a signature block (an appendix saved alone opens
 * with its heading), up to a
 * line of the site's own ({@code models/site-chrome.tsv}) or the site's title line for the document (its
 * type and own number, "Thông báo 659/TB-VPCP năm 2025 ..."). Text without these marks is left whole.
 *
 * <p>Works on lines as a reader gives them (one paragraph or table row a line), before lines are joined.
 */
public final class SiteChrome {
    /** The text kept, and a warning for each stretch dropped. */
    public record Trimmed(String text, List<Warning> warnings) {
        public Trimmed {
            warnings = List.copyOf(warnings);
        }
    }

    /** The kinds of models/site-chrome.tsv. */
    private static final List<String> KINDS =
            List.of("title", "after", "motto", "issuer", "recipients", "attached", "appendix", "list", "mandate");
    /** Lines after a motto in which a document shows its number or type line (a portal's banner does not). */
    private static final int HEADER_REACH = 15;
    /** Header lines above the motto or type line (issuer, its parent body, rules, number, place and date). */
    private static final int MAX_HEADER_LINES = 6;
    /** Lines a signature block runs to after its anchor (recipients' list, posts, name). */
    private static final int MAX_SIGNATURE_LINES = 40;
    /** Characters of a header line: the issuer's name, not a paragraph. */
    private static final int MAX_HEADER_CHARS = 90;

    private static final Pattern RULE = Pattern.compile("^[-_=.*\\s]{3,}$");
    private static final Pattern LIST_ITEM = NumberingGrammar.packaged().compile("^$LIST_BULLET\\s*");
    /** A footnote's mark at the start of its line: "[1] Hồ sơ dự thảo ...". */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\d{1,3}\\]\\s");

    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);

    /** The words of {@code models/date-words.tsv}. */
    private static final String WORDS = "date-words.tsv";

    /** "Số: 659/TB-VPCP", on the line in lower case. */
    private final Pattern numberLine;
    /** "Hà Nội, ngày 15 tháng 7 năm 2025". */
    private final Pattern placeDate;
    /** "(Đã ký)", "(ký, ghi rõ họ tên, đóng dấu)", "Đã ký". */
    private final Pattern signed;

    private final Set<String> titles = new HashSet<>();
    private final Set<String> siteLines = new HashSet<>();
    private final Map<String, List<String>> phrases = new HashMap<>();

    public SiteChrome(ModelData models) {
        NamedWords words = new NamedWords(models, WORDS);
        numberLine = words.compile("^$NUMBER\\s*:?\\s*(?<num>[\\p{L}\\d]*/[\\p{L}\\d./-]+)", 0);
        placeDate =
                words.compile("$DAY\\s*\\d{0,2}\\s*$MONTH\\s*\\d{0,2}\\s*$YEAR\\s*\\d{4}", Pattern.CASE_INSENSITIVE);
        signed = words.compile(
                "^\\(?$SIGNED\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        for (String[] row : models.tsv("site-chrome.tsv")) {
            if (row.length < 2 || !KINDS.contains(row[0])) {
                throw new IllegalArgumentException("models/site-chrome.tsv: row needs a kind " + KINDS
                        + " and a phrase: " + String.join("\t", row));
            }
            String key = Fold.key(row[1]).strip();
            switch (row[0]) {
                case "title" -> titles.add(key);
                case "after" -> siteLines.add(key);
                default ->
                    phrases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(key);
            }
        }
        for (String kind : KINDS) {
            if (!kind.equals("title") && !kind.equals("after") && !phrases.containsKey(kind)) {
                throw new IllegalArgumentException("models/site-chrome.tsv: no phrase of kind " + kind);
            }
        }
    }

    /** Whether the folded line opens with a phrase of {@code kind}, as whole words. */
    private boolean opens(String kind, String key) {
        for (String p : phrases.get(kind)) {
            if (key.startsWith(p) && wordEnds(key, p.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded line holds a phrase of {@code kind}, as whole words. */
    private boolean holds(String kind, String key) {
        for (String p : phrases.get(kind)) {
            for (int i = key.indexOf(p); i >= 0; i = key.indexOf(p, i + 1)) {
                if ((i == 0 || key.charAt(i - 1) == ' ') && wordEnds(key, i + p.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordEnds(String key, int at) {
        return at >= key.length() || key.charAt(at) == ' ';
    }

    public Trimmed trim(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = start(lines);
        int end = Math.max(start, end(lines, start));
        String rowTail = "";
        if (end > start && end <= lines.size()) {
            String[] row = signatureRow(lines.get(end - 1));
            if (row != null) {
                lines.set(end - 1, row[0]);
                if (continuesDocument(row[1])) {
                    // a crawler flattened the appendix into the signature's table: it is the document's, not the
                    // site's; it runs on to the site's own lines like an appendix printed after the signature
                    lines.add(end, row[1]);
                    end = siteLineAfter(lines, start, end - 1, end);
                } else {
                    rowTail = row[1].replace('\t', ' ').strip();
                }
            }
        }
        if (start == 0 && end == lines.size() && rowTail.isEmpty()) {
            return new Trimmed(text, List.of());
        }
        List<Warning> warnings = new ArrayList<>();
        String before = String.join("\n", lines.subList(0, start)).strip();
        if (!before.isEmpty()) {
            warnings.add(Warning.of(
                    WarningCode.SITE_TEXT_DROPPED,
                    "dropped " + before.length() + " characters of the web page before the document's header: "
                            + excerpt(before)));
        }
        String after = (rowTail + "\n" + String.join("\n", lines.subList(end, lines.size()))).strip();
        if (!after.isEmpty()) {
            warnings.add(Warning.of(
                    WarningCode.SITE_TEXT_DROPPED,
                    "dropped " + after.length() + " characters of the web page after the document's end: "
                            + excerpt(after)));
        }
        return new Trimmed(String.join("\n", lines.subList(start, end)) + "\n", warnings);
    }

    /**
     * A table row holding the recipients' list and the signature, with more cells after the signer's: a page saved
     * without blank lines runs the site's next block into the row. The row up to the signer's cell, and the rest;
     * null for any other line.
     */
    private String[] signatureRow(String line) {
        if (line.indexOf('\t') < 0) {
            return null;
        }
        String[] cells = line.split("\t", -1);
        int recipients = -1;
        for (int i = 0; i < cells.length && recipients < 0; i++) {
            if (opens("recipients", Fold.key(cells[i]))) {
                recipients = i;
            }
        }
        int keep = recipients + 2;
        if (recipients < 0 || keep >= cells.length) {
            return null;
        }
        String tail =
                String.join("\t", List.of(cells).subList(keep, cells.length)).strip();
        if (tail.isBlank()) {
            return null;
        }
        return new String[] {String.join("\t", List.of(cells).subList(0, keep)), tail};
    }

    private static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return "\"" + (flat.length() > 80 ? flat.substring(0, 80) + "…" : flat) + "\"";
    }

    /** The first line of the document: its header above the motto, or above its type line. */
    private int start(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (holds("motto", Fold.key(lines.get(i)))) {
                if (first < 0) {
                    first = i;
                }
                if (opensDocument(lines, i)) {
                    return headerTop(lines, i);
                }
            }
        }
        // no motto with a number or type line under it (a document printed without its header, whose appendix
        // may carry one): its type line or issuer line opens it, if before the first motto
        int limit = first >= 0 ? first : lines.size();
        for (int i = 0; i < limit; i++) {
            // an appendix saved as a page of its own opens with its heading, before any body its table names (a
            // letter's appendix comes after the letter's signature)
            if (isTitle(lines.get(i))
                    || namesIssuer(lines.get(i))
                    || appendixHeading(lines.get(i)) && !signedBefore(lines, i)) {
                return headerTop(lines, i);
            }
        }
        return first >= 0 ? headerTop(lines, first) : 0;
    }

    private boolean opensDocument(List<String> lines, int motto) {
        int seen = 0;
        for (int j = motto; j < lines.size() && seen < HEADER_REACH; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (numberLine.matcher(l.toLowerCase()).lookingAt() || isTitle(l)) {
                return true;
            }
        }
        return false;
    }

    /** A header line in capitals naming an issuing body ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÁC ÁI"). */
    private boolean namesIssuer(String line) {
        String l = line.strip();
        if (l.length() > MAX_HEADER_CHARS || !inCapitals(l)) {
            return false;
        }
        return holds("issuer", Fold.key(l));
    }

    private boolean isTitle(String line) {
        String l = line.strip();
        return !l.isEmpty() && inCapitals(l) && titles.contains(Fold.key(l).strip());
    }

    /** Up from {@code from} over the issuer's header lines, blank lines between them allowed. */
    private int headerTop(List<String> lines, int from) {
        int top = from;
        int taken = 0;
        for (int j = from - 1; j >= 0 && taken < MAX_HEADER_LINES; j--) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!isHeaderLine(l)) {
                break;
            }
            top = j;
            taken++;
        }
        return top;
    }

    private boolean isHeaderLine(String l) {
        if (RULE.matcher(l).matches()) {
            return true;
        }
        if (numberLine.matcher(l.toLowerCase()).lookingAt()
                || placeDate.matcher(l).find()) {
            return l.length() <= MAX_HEADER_CHARS;
        }
        return l.length() <= MAX_HEADER_CHARS && l.indexOf(':') < 0 && inCapitals(l);
    }

    /** One past the document's last line. */
    private int end(List<String> lines, int start) {
        int anchor = -1;
        for (int i = lines.size() - 1; i >= start && anchor < 0; i--) {
            if (opens("recipients", Fold.key(lines.get(i)))) {
                anchor = i;
            }
        }
        for (int i = lines.size() - 1; i >= start && anchor < 0; i--) {
            if (opens("mandate", Fold.key(lines.get(i)))) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            // no signature block to end on: the site's own lines still end the page's document
            for (int j = start; j < lines.size(); j++) {
                if (isSiteLine(lines.get(j), null)) {
                    return j;
                }
            }
            return lines.size();
        }
        int end = anchor + 1;
        for (int j = anchor + 1; j < lines.size() && j <= anchor + MAX_SIGNATURE_LINES; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!isSignatureLine(l) || opensAppendix(l) || isTitle(l)) {
                break;
            }
            end = j + 1;
        }
        int next = nextNonBlank(lines, end);
        if (next < 0) {
            return lines.size();
        }
        int site = siteLineAfter(lines, start, anchor, next);
        if (!continuesDocument(lines.get(next)) && !titledAttachment(lines, next)) {
            // a list the letter sends with it ("Danh mục các văn bản đã ban hành") may stand between the signature
            // and the appendix: an appendix heading before the site's own lines keeps both
            for (int j = next; j < site; j++) {
                if (appendixHeading(lines.get(j))) {
                    return site;
                }
            }
            return end;
        }
        return site;
    }

    /** Whether a signature block (its recipients' list or its mandate) stands before line {@code at}. */
    private boolean signedBefore(List<String> lines, int at) {
        for (int i = 0; i < at; i++) {
            String key = Fold.key(lines.get(i));
            if (opens("recipients", key) || opens("mandate", key)) {
                return true;
            }
        }
        return false;
    }

    /** "PHỤ LỤC ..." printed in capitals at the start of its line: an appendix's heading, not a mention of one. */
    private boolean appendixHeading(String line) {
        String l = line.strip();
        String[] words = l.split("\\s+", 3);
        String opening = words.length >= 2 ? words[0] + " " + words[1] : l;
        return opens("appendix", Fold.key(l)) && inCapitals(opening);
    }

    /**
     * A text a decision issues whose own title in capitals comes before its "(Ban hành kèm theo ...)" line ("THỦ TỤC
     * HÀNH CHÍNH ..." over "(Ban hành kèm theo Quyết định số ...)"): the title line at {@code at} starts it.
     */
    private boolean titledAttachment(List<String> lines, int at) {
        int after = nextNonBlank(lines, at + 1);
        return inCapitals(lines.get(at).strip()) && after >= 0 && attached(lines.get(after));
    }

    /** The first line of the site's own from {@code from} on, past a signature at {@code anchor}; else the end. */
    private int siteLineAfter(List<String> lines, int start, int anchor, int from) {
        String number = ownNumber(lines, start, anchor);
        for (int j = from; j < lines.size(); j++) {
            if (isSiteLine(lines.get(j), number)) {
                return j;
            }
        }
        return lines.size();
    }

    /**
     * A line (or the cells after the signer's) after a signature that the document goes on with: an appendix, a
     * document's type line, the plan a decision issues, or the footnotes printed under the signature ("[1] ...").
     */
    private boolean continuesDocument(String cells) {
        String first = cells.strip().split("\t", 2)[0];
        return opensAppendix(first)
                || isTitle(first)
                || attached(first)
                || FOOTNOTE.matcher(first).lookingAt();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private boolean isSignatureLine(String l) {
        return LIST_ITEM.matcher(l).lookingAt()
                || signed.matcher(l).matches()
                || (l.length() <= MAX_HEADER_CHARS && inCapitals(l))
                || (l.length() <= 40 && PERSON.matcher(l).matches());
    }

    /** "(Kèm theo Quyết định số ...)", "(Ban hành kèm theo ...)": the plan a decision issues follows it. */
    private boolean attached(String line) {
        return opens("attached", Fold.key(line).strip());
    }

    /** "PHỤ LỤC ...", or a list in capitals ("DANH MỤC ..."). */
    private boolean opensAppendix(String line) {
        String key = Fold.key(line).strip();
        return opens("appendix", key) || (inCapitals(line.strip()) && opens("list", key));
    }

    /** The document's own number as its header prints it ("Số: 659/TB-VPCP"), folded; null when blank. */
    private String ownNumber(List<String> lines, int start, int end) {
        for (int i = start; i < end; i++) {
            Matcher m = numberLine.matcher(lines.get(i).strip().toLowerCase());
            if (m.lookingAt() && !m.group("num").startsWith("/")) {
                return Fold.key(m.group("num"));
            }
        }
        return null;
    }

    /** A line of the site's own, or its title line for the document ("Công điện 220/CĐ-TTg ... do ... điện"). */
    private boolean isSiteLine(String line, String number) {
        String key = Fold.key(line).strip();
        if (siteLines.contains(key)) {
            return true;
        }
        if (number == null) {
            return false;
        }
        int at = key.indexOf(number);
        // a type word right before the number ("Công điện 220/CĐ-TTg"), not "số" as the document's own text has it
        return at > 0 && titles.contains(key.substring(0, at).strip());
    }

    /** Letters all capitals, at least two of them. */
    private static boolean inCapitals(String s) {
        return LetterCase.capitals(s, 2);
    }
}
