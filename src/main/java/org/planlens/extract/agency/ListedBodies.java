package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens.Token;

/**
 * Bodies a list names under one head or post: known fields after a head and a colon ("Các Bộ: Tài chính, Y tế"),
 * names printed without a head after a collective and a colon, places sharing one head ("Ủy ban nhân dân thành phố
 * Hà Nội, thành phố Hồ Chí Minh"), and a series of posts naming a collective ("Bộ trưởng, Thủ trưởng cơ quan ngang
 * bộ").
 */
final class ListedBodies {
    private final NameBook names;
    private final NameParts parts;

    ListedBodies(NameBook names, NameParts parts) {
        this.names = names;
        this.parts = parts;
    }

    /**
     * "các tập đoàn, tổng công ty: Điện lực Việt Nam, Bưu chính - Viễn thông Việt Nam, Viễn thông MobiFone huy động":
     * after the colon, names of bodies printed without a head, split by commas and "và"; each runs from a capitalised
     * word over capitalised words, dashes, and at most two lower-case syllables before the next capitalised word or
     * the comma that ends it. Two names at least, or none.
     */
    List<Found> namesListed(String text, int base, List<Token> t, int colon) {
        List<Found> out = new ArrayList<>();
        if (colon >= t.size() || !t.get(colon).text().equals(":")) {
            return out;
        }
        int k = colon + 1;
        while (k < t.size() && t.get(k).isWord() && t.get(k).capitalised()) {
            int s = k;
            int end = k + 1;
            int j = k + 1;
            while (j < t.size()) {
                Token tok = t.get(j);
                if (tok.isWord() && tok.capitalised()) {
                    end = ++j;
                } else if (tok.text().equals("-")
                        && j + 1 < t.size()
                        && t.get(j + 1).capitalised()) {
                    j++;
                } else if (tok.isWord() && !tok.lower().equals(parts.and()) && j - end < 2) {
                    j++;
                } else {
                    break;
                }
            }
            if (j > end
                    && j < t.size()
                    && (t.get(j).text().equals(",") || t.get(j).lower().equals(parts.and()))) {
                // "Công nghiệp - Viễn thông Quân đội,": a name's last syllables in lower case, before the next name
                end = j;
            }
            // "các Tập đoàn: ..., Công nghiệp - Viễn thông Quân đội tổ chức": a known name runs to its own end
            end = Math.max(end, s + parts.knownNameAt(t, s));
            out.add(Found.of(text, base, t, s, s, end, List.of(), false, false));
            k = end;
            boolean joined = k + 1 < t.size()
                    && (t.get(k).text().equals(",") || t.get(k).lower().equals(parts.and()));
            if (!joined) {
                break;
            }
            k++;
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh ... và tỉnh Quảng Ninh": after a place named by its
     * unit and a proper name, each comma or "và" followed by another unit and proper name starts the next body, the
     * head shared (a place's body named by the place as printed). The indices of those commas and "và", or none.
     */
    List<Integer> placeCuts(List<Token> t, int from, int end) {
        List<Integer> cuts = new ArrayList<>();
        boolean placed = false;
        for (int k = from; k < end; k++) {
            int unit = parts.unitAt(t, k);
            boolean place = unit > 0 && k + unit < end && t.get(k + unit).capitalised();
            boolean joins = t.get(k).text().equals(",") || t.get(k).lower().equals(parts.and());
            if (joins && placed && k + 1 < end) {
                int next = parts.unitAt(t, k + 1);
                if (next > 0 && k + 1 + next < end && t.get(k + 1 + next).capitalised()) {
                    cuts.add(k);
                }
            }
            placed = placed || place;
        }
        return cuts;
    }

    List<Found> sharedHead(
            String text, int base, List<Token> t, int from, int start, int end, List<Integer> cuts, boolean relevance) {
        List<Found> out = new ArrayList<>();
        int s = start;
        int f = from;
        for (int cut : cuts) {
            out.add(Found.of(text, base, t, f, s, cut, List.of(), false, false));
            s = cut + 1;
            f = s;
        }
        out.add(Found.of(text, base, t, f, s, end, List.of(), false, relevance));
        return out;
    }

    /** "Các Bộ: Tài chính, Y tế, Tư pháp": a head, a colon, then fields known for it: one body a field. */
    List<Found> fieldList(String text, int base, List<Token> t, AgencyLexicon.Head h, int i, int j, int from) {
        if (j >= t.size() || !t.get(j).text().equals(":")) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        int k = j + 1;
        while (k < t.size()) {
            int n = names.fieldAt(t, k, h.lower());
            if (n == 0) {
                break;
            }
            String field =
                    text.substring(t.get(k).start() - base, t.get(k + n - 1).end() - base);
            String head =
                    Character.toUpperCase(h.printed().charAt(0)) + h.printed().substring(1);
            out.add(new Found(
                    t.get(out.isEmpty() ? Math.min(from, i) : k).start(),
                    t.get(k).start(),
                    t.get(k + n - 1).end(),
                    head + " " + field,
                    false,
                    false));
            k += n;
            if (k + 1 < t.size()
                    && (t.get(k).text().equals(",") || t.get(k).lower().equals(parts.and()))) {
                k++;
            } else {
                break;
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ": a post with no body after
     * it names its collective ("bộ"), and the posts that follow in the series add their members.
     */
    List<Found> implied(String text, int base, List<Token> t, int i, int titleLen, String implies) {
        StringBuilder name = new StringBuilder(parts.plural() + " ").append(implies);
        int j = i + titleLen;
        int end = j;
        while (j + 1 < t.size() && t.get(j).text().equals(",")) {
            int k = j + 1 + parts.titleLength(t, j + 1);
            if (k < t.size() && t.get(k).lower().equals(parts.plural())) {
                k++;
            }
            int m = parts.memberAt(t, k);
            if (m == 0) {
                break;
            }
            name.append(", ")
                    .append(text, t.get(k).start() - base, t.get(k + m - 1).end() - base);
            j = k + m;
            end = j;
        }
        if (end == i + titleLen) {
            return List.of();
        }
        int from = i > 0 && t.get(i - 1).lower().equals(parts.plural()) ? i - 1 : i;
        return List.of(new Found(
                t.get(from).start(), t.get(from).start(), t.get(end - 1).end(), name.toString(), true, false));
    }
}
