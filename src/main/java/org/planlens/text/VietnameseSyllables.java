package org.planlens.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.planlens.rules.ModelData;

/**
 * The Vietnamese syllables of {@code models/vietnamese-syllables.tsv} (columns: syllable, count in the seed
 * plans), looked up in lower case. Tells a real syllable ({@code điều}) from a fragment ({@code điề}) or from
 * legacy-font mojibake ({@code ®iÒu}).
 */
public final class VietnameseSyllables {
    static final String FILE = "vietnamese-syllables.tsv";

    private final Map<String, Integer> counts;
    private final int longest;

    public VietnameseSyllables(ModelData models) {
        Map<String, Integer> m = new HashMap<>();
        for (String[] row : models.tsv(FILE)) {
            m.put(row[0], row.length > 1 && !row[1].isEmpty() ? Integer.parseInt(row[1]) : 0);
        }
        this.counts = Map.copyOf(m);
        this.longest = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The packaged list, loaded once. */
    public static VietnameseSyllables packaged() {
        return Holder.PACKAGED;
    }

    /** Whether {@code word} (any case) is a possible syllable or a word seen in plans. */
    public boolean isSyllable(String word) {
        return counts.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The length of the longest listed word: a longer word is none (lower case is never shorter than the word).
     */
    public int longest() {
        return longest;
    }

    /** Whether {@code word} (any case) was seen in real plans, not only possible by the syllable structure. */
    public boolean isAttested(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0) > 0;
    }

    /** How often {@code word} (lower case) was seen in real plans; 0 when only possible or unknown. */
    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** The syllables seen in real plans with how often, lower case. */
    public Map<String, Integer> attested() {
        Map<String, Integer> m = new HashMap<>();
        counts.forEach((w, c) -> {
            if (c > 0) {
                m.put(w, c);
            }
        });
        return m;
    }

    private static final class Holder {
        static final VietnameseSyllables PACKAGED = new VietnameseSyllables(ModelData.packaged());
    }
}
