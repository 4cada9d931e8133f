package org.planlens.extract.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.model.Relation;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Decides how a plan relates to a document at one mention from the text before it, with the cues of {@code
 * models/citation-relations.tsv} (columns: relation, cue, where: {@code opens} the mention's paragraph or cell, or
 * {@code near} before it in its clause). A paragraph's opener wins (the first item's, when the paragraph is an item
 * of an enumeration whose items end with ";"); then the closest cue before the mention; else {@link Relation#CITES}.
 */
public final class CitationRelations {
    /** How far before a mention a near cue may end. */
    static final int NEAR = 60;
    /** Items of a ";" enumeration looked back over for its opener. */
    static final int MAX_ITEMS = 12;

    private record Cue(Relation relation, String key) {}

    private final List<Cue> openers = new ArrayList<>();
    private final List<Cue> near = new ArrayList<>();

    public CitationRelations(ModelData models) {
        for (String[] row : models.tsv("citation-relations.tsv")) {
            Optional<Relation> relation = row.length < 3 ? Optional.empty() : Relation.of(row[0]);
            if (relation.isEmpty() || !(row[2].equals("opens") || row[2].equals("near"))) {
                throw new IllegalArgumentException(
                        "models/citation-relations.tsv: row needs a relation, a cue and opens or near: "
                                + String.join("\t", row));
            }
            (row[2].equals("opens") ? openers : near)
                    .add(new Cue(relation.get(), Fold.key(row[1]).strip()));
        }
    }

    /** The relation at a mention starting at {@code start} in {@code text}. */
    public Relation at(String text, int start) {
        int para = paragraphStart(text, start);
        // "Thực hiện Kế hoạch số 4747/KH-UBND ...;" / "Kế hoạch số 51-KH/HU ...;": an enumeration whose items end
        // with ";" carries its first item's opener
        int opened = para;
        for (int hop = 0; hop <= MAX_ITEMS; hop++) {
            Relation r = opener(text, opened, start);
            if (r != null) {
                return r;
            }
            int prevEnd = opened - 1;
            while (prevEnd > 0 && text.charAt(prevEnd - 1) == ' ') {
                prevEnd--;
            }
            if (prevEnd <= 0 || text.charAt(prevEnd - 1) != ';') {
                break;
            }
            opened = paragraphStart(text, prevEnd - 1);
        }
        int from = Math.max(clauseStart(text, para, start), start - NEAR);
        String before = Fold.key(text.substring(from, start));
        Relation best = Relation.CITES;
        int bestEnd = -1;
        for (Cue c : near) {
            int at = before.lastIndexOf(c.key());
            if (at >= 0 && wordAt(before, at, c.key().length()) && at + c.key().length() > bestEnd) {
                bestEnd = at + c.key().length();
                best = c.relation();
            }
        }
        return best;
    }

    private Relation opener(String text, int para, int limit) {
        String opening =
                Fold.key(text.substring(para, Math.min(limit, para + 40))).stripLeading();
        opening = opening.startsWith("- ") || opening.startsWith("+ ") ? opening.substring(2) : opening;
        for (Cue c : openers) {
            if (opening.startsWith(c.key() + " ") || opening.equals(c.key())) {
                return c.relation();
            }
        }
        return null;
    }

    private static boolean wordAt(String s, int at, int length) {
        return (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
                && (at + length == s.length() || !Character.isLetterOrDigit(s.charAt(at + length)));
    }

    /** After the last line break or table cell break before {@code start}. */
    private static int paragraphStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\t') {
            i--;
        }
        return i + 1;
    }

    /** After the last sentence or clause end (". ", "; ") between the paragraph's start and the mention. */
    private static int clauseStart(String text, int para, int start) {
        for (int i = start - 2; i > para; i--) {
            char c = text.charAt(i);
            if ((c == ';' || c == '.') && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return para;
    }
}
