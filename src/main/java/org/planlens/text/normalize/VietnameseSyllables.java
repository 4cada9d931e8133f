package org.planlens.text.normalize;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The words, lower case, one after another in {@code chars} (word {@code w} is {@code chars[starts[w],
     * starts[w + 1])}), found by an open-addressing table of word numbers plus one. Looked up for every word of
     * every page (text-layer check, letter-spacing repair); a {@code Map<String, ?>} lookup there would cost a
     * lower-cased copy and a hash of it per word.
     */
    private final char[] chars;

    private final int[] starts;
    private final int[] hashes;
    private final int[] counts;
    private final int[] slots;
    private final int longest;

    public VietnameseSyllables(ModelData models) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String[] row : models.tsv(FILE)) {
            m.put(row[0], row.length > 1 && !row[1].isEmpty() ? Integer.parseInt(row[1]) : 0);
        }
        int n = m.size();
        StringBuilder all = new StringBuilder();
        this.starts = new int[n + 1];
        this.hashes = new int[n];
        this.counts = new int[n];
        this.slots = new int[Integer.highestOneBit(Math.max(n, 1) * 4 - 1) << 1];
        int w = 0;
        int max = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            String word = e.getKey().toLowerCase(Locale.ROOT);
            starts[w] = all.length();
            all.append(word);
            counts[w] = e.getValue();
            hashes[w] = hash(word, 0, word.length());
            max = Math.max(max, e.getKey().length());
            w++;
        }
        starts[n] = all.length();
        this.chars = all.toString().toCharArray();
        this.longest = max;
        for (int k = 0; k < n; k++) {
            int slot = hashes[k] & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k + 1;
        }
    }

    /** The packaged list, loaded once. */
    public static VietnameseSyllables packaged() {
        return Holder.PACKAGED;
    }

    /** Whether {@code word} (any case) is a possible syllable or a word seen in plans. */
    public boolean isSyllable(String word) {
        return find(word, 0, word.length()) >= 0;
    }

    /** Whether {@code text[from, to)} (any case) is a possible syllable or a word seen in plans. */
    public boolean isSyllable(CharSequence text, int from, int to) {
        return find(text, from, to) >= 0;
    }

    /**
     * The length of the longest listed word: a longer word is none (lower case is never shorter than the word).
     */
    public int longest() {
        return longest;
    }

    /** Whether {@code word} (any case) was seen in real plans, not only possible by the syllable structure. */
    public boolean isAttested(String word) {
        int w = find(word, 0, word.length());
        return w >= 0 && counts[w] > 0;
    }

    /** How often {@code word} (lower case) was seen in real plans; 0 when only possible or unknown. */
    public int count(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int w = find(word, 0, word.length());
        return w < 0 ? 0 : counts[w];
    }

    /** The syllables seen in real plans with how often, lower case. */
    public Map<String, Integer> attested() {
        Map<String, Integer> m = new HashMap<>();
        for (int w = 0; w < counts.length; w++) {
            if (counts[w] > 0) {
                m.put(new String(chars, starts[w], starts[w + 1] - starts[w]), counts[w]);
            }
        }
        return m;
    }

    /** The number of the word {@code text[from, to)} lower-cased is, or -1. */
    private int find(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!simpleLowerCase(text.charAt(i))) {
                // a char whose lower case String.toLowerCase writes otherwise than char by char
                String lower = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
                return lookUp(lower, 0, lower.length());
            }
        }
        return lookUp(text, from, to);
    }

    /** As {@link #find}, for a word whose chars lower-case one by one. */
    private int lookUp(CharSequence text, int from, int to) {
        int length = to - from;
        int h = hash(text, from, to);
        for (int slot = h & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int w = slots[slot] - 1;
            if (hashes[w] == h && starts[w + 1] - starts[w] == length && sameChars(text, from, w)) {
                return w;
            }
        }
        return -1;
    }

    private boolean sameChars(CharSequence text, int from, int w) {
        for (int i = starts[w], k = from; i < starts[w + 1]; i++, k++) {
            if (chars[i] != lower(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Whether String.toLowerCase(ROOT) lower-cases this char alone as Character.toLowerCase does: not so for a
     * capital I with dot (two chars), a capital sigma (final form by context) or half of a surrogate pair.
     */
    private static boolean simpleLowerCase(char c) {
        return c < 0x80 || c != '\u0130' && c != '\u03a3' && !Character.isSurrogate(c);
    }

    private static final class Holder {
        static final VietnameseSyllables PACKAGED = new VietnameseSyllables(ModelData.packaged());
    }
}
