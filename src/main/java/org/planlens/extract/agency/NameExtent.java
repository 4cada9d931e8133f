package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.Tokens.Token;

/**
 * Where a body's name that opens with a head ends: a known field and its unit and place, or the name's words up to
 * a stop word, a cue or a sign; for a collective, its listed members (posts before them left out) and its scope.
 */
final class NameExtent {
    /** Where a name ends and which of its tokens are posts left out of it. */
    record Extent(int end, List<int[]> skipped) {}

    private static final int MAX_LOWER_RUN = 4;
    /** A list of fields after "trong lĩnh vực" runs at most this many words. */
    private static final int MAX_FIELD_WORDS = 16;

    private final AgencyLexicon lex;
    private final NameBook names;
    private final NameParts parts;

    NameExtent(AgencyLexicon lex, NameParts parts) {
        this.lex = lex;
        this.names = lex.names();
        this.parts = parts;
    }

    /** Where the name ends, or null when its head takes only a known field and none follows. */
    Extent extend(List<Token> t, AgencyLexicon.Head h, int head, int j, boolean collective) {
        List<int[]> skipped = new ArrayList<>();
        int field = collective ? 0 : names.fieldAt(t, j, h.lower());
        if (h.closed() && field == 0) {
            return null;
        }
        // a known field is the whole name but for its unit and place ("Sở Tài chính tỉnh Nghệ An")
        boolean afterField = field > 0;
        j += field;
        int first = j;
        int end = j;
        int lowerRun = 0;
        boolean afterDash = false;
        boolean afterUnit = false;
        while (j < t.size()) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                String s = tok.text();
                int alternative = s.equals("/") && end == j ? parts.alternativeAt(t, h, j + 1) : 0;
                if (alternative > 0) {
                    // "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao": one body, named as each province
                    // names it
                    j += 1 + alternative;
                    end = j;
                    afterField = true;
                    afterUnit = false;
                    continue;
                }
                boolean joiner = !afterField && (s.equals("-") || s.equals("–") || s.equals("&"));
                boolean comma = s.equals(",") && j + 1 < t.size();
                // "các doanh nghiệp viễn thông, các doanh nghiệp công nghệ": "các" after a comma opens the next
                // collective
                boolean nextCollective =
                        collective && comma && t.get(j + 1).lower().equals(parts.plural());
                // "các tổ chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam": a member's head with a proper name after
                // the comma is the next body
                boolean namedBody = collective
                        && parts.opensBody(t, j + 1)
                        && j + 2 < t.size()
                        && t.get(j + 2).capitalised();
                boolean listComma = comma && !nextCollective && !namedBody && parts.listMember(t, j + 1, collective);
                int post = 0;
                if (comma && collective && !listComma) {
                    // "các Bộ, Thủ trưởng cơ quan ngang bộ": a post before the next member is left out; a post
                    // before "các" opens another collective ("Giám đốc các sở, Trưởng các ban, ngành")
                    post = parts.titleLength(t, j + 1);
                    listComma = post > 0 && parts.memberAt(t, j + 1 + post) > 0;
                    // "Các cơ quan, ban, ngành, thuộc huyện": a comma before the scope
                    listComma = listComma || parts.scopeAt(t, j + 1, true) > 0;
                }
                boolean seriesComma = comma && !collective && !afterField && seriesInName(t, j + 1);
                if ((joiner || listComma || seriesComma)
                        && j + 1 < t.size()
                        && t.get(j + 1).isWord()) {
                    afterDash = joiner;
                    afterUnit = false;
                    afterField = false;
                    lowerRun = listComma ? 0 : lowerRun;
                    if (post > 0) {
                        skipped.add(new int[] {j + 1, j + 1 + post});
                    }
                    j += 1 + post;
                    int member = listComma && collective ? parts.memberAt(t, j) : 0;
                    if (member > 0) {
                        // a listed member's words are no run of plain words ("cơ quan hành chính khác")
                        j += member;
                        end = j;
                    }
                    continue;
                }
                break;
            }
            if (afterDash) {
                afterDash = false;
                afterUnit = false;
                lowerRun = 0;
                j++;
                end = j;
                continue;
            }
            if (afterField) {
                int unit = parts.unitAt(t, j);
                if (unit == 0) {
                    // "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": a place's name right after the field
                    end = j + parts.placeName(t, j);
                    break;
                }
                afterField = false;
                afterUnit = true;
                j += unit;
                end = j;
                continue;
            }
            if (parts.startsRelevance(t, j)) {
                break;
            }
            int listed = parts.listedInAt(t, j);
            if (listed > 0) {
                j += listed;
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            int scoped = parts.scopeAt(t, j, collective);
            if (scoped > 0) {
                boolean fields = parts.phraseAt(t, j, "fields") > 0;
                j += scoped;
                // "các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch": a known name after the scope is whole
                j += parts.knownNameAt(t, j);
                if (fields) {
                    j = fieldsEnd(t, j);
                }
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            // right after the head a document's kind is the body's field ("Sở Kế hoạch và Đầu tư")
            if (parts.isStop(t, j, j > first) || parts.startsRelevance(t, j)) {
                int place = collective ? 0 : placeAfterStop(t, j);
                if (place > 0) {
                    // "Ban quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên": the stop is a word of the name
                    j = place;
                    end = j;
                    lowerRun = 0;
                    afterUnit = false;
                    continue;
                }
                break;
            }
            if (tok.lower().equals(parts.and()) && parts.titleLength(t, j + 1) > 0) {
                // "UBND các huyện và Thủ trưởng các cơ quan": the post opens the next body
                break;
            }
            // "Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã": "và" and a new head start a second body; only a joint
            // office's name spans them ("Văn phòng HĐND huyện và UBND huyện")
            if (tok.lower().equals(parts.and())
                    && !collective
                    && parts.opensBody(t, j + 1)
                    && !parts.jointHead(t, head)) {
                break;
            }
            if (tok.lower().equals(parts.and()) && collective && parts.relationAt(t, j + 1)) {
                // "các cơ quan, đơn vị thuộc và trực thuộc Bộ"
                j++;
                continue;
            }
            int everyLevel = tok.lower().equals(parts.plural()) ? parts.unitAt(t, j) : 0;
            if (everyLevel > 1) {
                // "Hội đồng Thi đua - Khen thưởng các cấp": the bodies of every level, "các cấp" a unit of the name
                j += everyLevel;
                end = j;
                afterUnit = true;
                lowerRun = 0;
                continue;
            }
            if (tok.lower().equals(parts.and()) || tok.lower().equals(parts.plural())) {
                boolean next = j + 1 < t.size()
                        && (collective
                                ? parts.listMember(t, j + 1, true)
                                : t.get(j + 1).capitalised()
                                        || parts.listMember(t, j + 1, false)
                                        || parts.placedWords(t, j + 1));
                if (next) {
                    j++;
                    continue;
                }
                break;
            }
            int unit = tok.capitalised() ? 0 : parts.unitAt(t, j);
            // a unit of several words is one however it is written ("Trung ương"); one capitalised word may be a
            // field's ("Xã hội" in "Lao động - Thương binh và Xã hội")
            int wide = tok.capitalised() ? parts.unitAt(t, j) : unit;
            if (wide > 1) {
                // "thành phố", "thị trấn", "trung ương": a unit of several words closes the name as one does
                j += wide;
                end = j;
                afterUnit = true;
                lowerRun = 0;
                continue;
            }
            int region = parts.regionAt(t, j);
            if (region > 0) {
                j += region;
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            boolean digit = Character.isDigit(tok.text().charAt(0));
            if (tok.capitalised() || digit && afterUnit) {
                lowerRun = 0;
            } else if (digit || afterUnit || unit == 0 && ++lowerRun > MAX_LOWER_RUN) {
                break;
            }
            // "Xã hội" in "Lao động - Thương binh và Xã hội" is a field, not the unit that closes a name
            afterUnit = unit > 0;
            j++;
            end = j;
        }
        return new Extent(end, skipped);
    }

    /**
     * "Sở Văn hóa, Thể thao và Du lịch": after a comma, capitalised words that open no body, then "và" and a
     * capitalised word close a series of fields inside one name (a list of bodies starts each item with a head).
     */
    boolean seriesInName(List<Token> t, int j) {
        int k = j;
        boolean words = false;
        int lower = 0;
        while (k < t.size()) {
            Token tok = t.get(k);
            if (tok.isWord()
                    && tok.capitalised()
                    && lex.headsStartingWith(tok.lower()).isEmpty()
                    && lex.wordsStartingWith("capstop", tok.lower()).isEmpty()) {
                words = true;
                lower = 0;
                k++;
            } else if (words
                    && tok.isWord()
                    && !tok.capitalised()
                    && !tok.lower().equals(parts.and())
                    && ++lower <= 2) {
                // the other syllables of a field's word ("Thông tin")
                k++;
            } else if (words && tok.text().equals(",")) {
                words = false;
                k++;
            } else {
                break;
            }
        }
        return words
                && k + 1 < t.size()
                && t.get(k).lower().equals(parts.and())
                && t.get(k + 1).capitalised();
    }

    /**
     * "ứng dụng Công nghệ cao Phú Yên": a stop word that is no cue, a few plain words (no stop, cue, unit or head) and
     * a place's two-word name closing the name; where that name ends, or 0.
     */
    int placeAfterStop(List<Token> t, int j) {
        if (!lex.cuesStartingWith(t.get(j).lower()).isEmpty() || t.get(j).capitalised()) {
            return 0;
        }
        int k = j + Math.max(1, parts.phraseAt(t, j, "stop"));
        for (int plain = 0; plain <= MAX_LOWER_RUN && k < t.size(); plain++, k++) {
            int place = plain > 0 ? parts.placeName(t, k) : 0;
            if (place > 0 && (k + place >= t.size() || !t.get(k + place).capitalised())) {
                return k + place;
            }
            Token tok = t.get(k);
            boolean word = tok.isWord()
                    && !parts.opensBody(t, k)
                    && (tok.capitalised() || !parts.isStop(t, k, false))
                    && parts.unitAt(t, k) == 0
                    && !tok.lower().equals(parts.and())
                    && !tok.lower().equals(parts.plural());
            if (!word) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * "các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải và công nghệ thông tin trên địa bàn
     * tỉnh": after a field scope, the fields it lists (their words are no verbs here) up to a word that ends them.
     */
    int fieldsEnd(List<Token> t, int j) {
        int end = j;
        int words = 0;
        while (j < t.size() && words < MAX_FIELD_WORDS) {
            Token tok = t.get(j);
            if (tok.text().equals(",")
                    && end == j
                    && j + 1 < t.size()
                    && t.get(j + 1).isWord()) {
                j++;
                continue;
            }
            if (!tok.isWord()
                    || parts.scopeAt(t, j, false) > 0
                    || parts.startsRelevance(t, j)
                    || parts.phraseAt(t, j, "fieldend") > 0) {
                break;
            }
            words++;
            j++;
            end = j;
        }
        return end;
    }
}
