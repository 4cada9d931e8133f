package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planlens.model.Comparator;
import org.planlens.rules.ModelData;

/**
 * The cue words of {@code models/target-comparators.tsv} and {@code models/targets-cues.tsv}, as folded word
 * lists. Loaded once; immutable.
 */
final class TargetCues {
    enum Kind {
        BEFORE,
        AFTER,
        CHANGE,
        LINK,
        FILLER,
        PER_YEAR,
        LEAD,
        LABEL,
        SPLIT,
        PAST,
        PAST_AFTER,
        PAST_HEADING,
        CRITERIA_HEADING,
        ESTIMATE,
        VOTE,
        FUNDING,
        COST,
        SHARE_OF,
        AMOUNT_NOTE,
        MONEY,
        COMMIT,
        PRICE,
        DATED_THING,
        DONE,
        AIM,
        GOAL
    }

    record Cue(String[] words, Comparator comparator) {}

    private final Map<Kind, List<Cue>> cues = new EnumMap<>(Kind.class);
    /** The unit a yearly rate in percent is written with (the "yearly_unit" row: "%/năm"). */
    private final String yearlyUnit;

    TargetCues(ModelData models) {
        for (Kind k : Kind.values()) {
            cues.put(k, new ArrayList<>());
        }
        for (String[] row : models.tsv("target-comparators.tsv")) {
            if (row.length < 3) {
                throw new IllegalArgumentException(
                        "models/target-comparators.tsv: row needs kind, phrase, comparator: " + String.join("\t", row));
            }
            cues.get(kind("target-comparators.tsv", row[0]))
                    .add(new Cue(Words.phrase(row[1]), Comparator.fromCode(row[2])));
        }
        String yearly = null;
        for (String[] row : models.tsv("targets-cues.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/targets-cues.tsv: row needs kind and phrase: " + String.join("\t", row));
            }
            if (row[0].equals("yearly_unit")) {
                if (yearly != null) {
                    throw new IllegalArgumentException("models/targets-cues.tsv: one yearly_unit row: " + row[1]);
                }
                yearly = row[1];
                continue;
            }
            cues.get(kind("targets-cues.tsv", row[0])).add(new Cue(Words.phrase(row[1]), null));
        }
        if (yearly == null) {
            throw new IllegalArgumentException("models/targets-cues.tsv: no yearly_unit row (yearly_unit <TAB> unit)");
        }
        this.yearlyUnit = yearly;
    }

    /** The unit a yearly rate in percent is written with ("%/năm"). */
    String yearlyUnit() {
        return yearlyUnit;
    }

    List<Cue> of(Kind kind) {
        return cues.get(kind);
    }

    /** Whether a phrase of {@code kind} occurs anywhere in {@code words}. */
    boolean holds(List<Words.Word> words, Kind kind) {
        for (String[] p : phrases(kind)) {
            if (Words.indexOf(words, 0, words.size(), p) >= 0) {
                return true;
            }
        }
        return false;
    }

    List<String[]> phrases(Kind kind) {
        return cues.get(kind).stream().map(Cue::words).toList();
    }

    private static Kind kind(String file, String code) {
        try {
            return Kind.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("models/" + file + ": unknown kind '" + code + "'", e);
        }
    }
}
