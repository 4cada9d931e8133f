package org.planlens.text.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Re-joins syllables that PDF extraction split into letters or pieces ({@code C Ộ N G H Ò A},
 * {@code ĐIỀ U KHO ẢN}, {@code Ủ Y BAN}) and syllables hyphenated across a line end ({@code huy-} / {@code ện}).
 * Each line is segmented by least cost: a word that is a syllable seen in real plans costs nothing, a merely
 * possible syllable a little, a fragment much; a run of pieces may be joined when the joined word is a
 * syllable and its case is one word's case. Text made of whole syllables stays as it is, since joining two
 * real syllables always costs more than leaving them.
 */
public final class LetterSpacingRepairer implements UnaryOperator<String> {
    /** Most pieces one syllable is split into ({@code n g h i ê n g} is 7). */
    private static final int MAX_PIECES = 7;

    private static final double ATTESTED = 0;
    private static final double ATTESTED_LETTER = 0.6;
    private static final double POSSIBLE = 1;
    private static final double FRAGMENT = 3;
    private static final double JOINED_ATTESTED = 0.5;
    private static final double JOINED_POSSIBLE = 2;
    private static final String LEADING = "(\"'“‘[";
    private static final String TRAILING = ",.;:)\"'”’]!?";

    private final VietnameseSyllables syllables;

    public LetterSpacingRepairer(VietnameseSyllables syllables) {
        this.syllables = syllables;
    }

    public LetterSpacingRepairer() {
        this(VietnameseSyllables.packaged());
    }

    @Override
    public String apply(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = repairLine(lines[i]);
        }
        for (int i = 0; i + 1 < lines.length; i++) {
            joinHyphenated(lines, i);
        }
        return String.join("\n", lines);
    }

    String repairLine(String line) {
        if (line.indexOf(' ') < 0 || !hasFragment(line)) {
            return line;
        }
        String[] tokens = line.split(" ", -1);
        int n = tokens.length;
        String[] cores = new String[n];
        for (int k = 0; k < n; k++) {
            cores[k] = core(tokens[k]);
        }
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = best[i - 1] + single(cores[i - 1]);
            from[i] = i - 1;
            int length = cores[i - 1].length();
            for (int j = i - 2; j >= Math.max(0, i - MAX_PIECES); j--) {
                length += cores[j].length();
                if (length > syllables.longest()) {
                    // no syllable is that long, nor any join reaching further left
                    break;
                }
                double c = joined(tokens, cores, j, i);
                if (c >= 0 && best[j] + c < best[i]) {
                    best[i] = best[j] + c;
                    from[i] = j;
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = n; i > 0; i = from[i]) {
            words.add(0, String.join("", Arrays.asList(tokens).subList(from[i], i)));
        }
        return String.join(" ", words);
    }

    /**
     * Whether a space-separated token of the line, its leading and trailing signs set aside, is a fragment: letters
     * only, and a single letter or no syllable. The check {@link #repairLine} makes on its tokens, without cutting the
     * line into strings: most lines hold none, and cutting every line cost most of the repair.
     */
    private boolean hasFragment(String line) {
        int n = line.length();
        int start = 0;
        while (start <= n) {
            int end = line.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            int a = start;
            int b = end;
            while (a < b && LEADING.indexOf(line.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && TRAILING.indexOf(line.charAt(b - 1)) >= 0) {
                b--;
            }
            if (a < b && isLetters(line, a, b) && (b - a == 1 || !syllables.isSyllable(line, a, b))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private double single(String core) {
        if (core.isEmpty() || !isLetters(core)) {
            return ATTESTED;
        }
        if (syllables.isAttested(core)) {
            return core.length() == 1 ? ATTESTED_LETTER : ATTESTED;
        }
        return syllables.isSyllable(core) ? POSSIBLE : FRAGMENT;
    }

    /** Cost of tokens {@code [from, to)} (their cores {@code cores}) as one word, or -1 when they cannot be one. */
    private double joined(String[] tokens, String[] cores, int from, int to) {
        StringBuilder word = new StringBuilder();
        for (int k = from; k < to; k++) {
            String t = tokens[k];
            String core = cores[k];
            if (core.isEmpty() || !isLetters(core)) {
                return -1;
            }
            if (k > from && !t.startsWith(core)) {
                return -1;
            }
            if (k < to - 1 && !t.endsWith(core)) {
                return -1;
            }
            word.append(core);
        }
        String w = word.toString();
        if (!oneWordCase(w) || !syllables.isSyllable(w)) {
            return -1;
        }
        return syllables.isAttested(w) ? JOINED_ATTESTED : JOINED_POSSIBLE;
    }

    private void joinHyphenated(String[] lines, int i) {
        String line = lines[i].stripTrailing();
        if (!line.endsWith("-") || line.length() < 2) {
            return;
        }
        int start = line.lastIndexOf(' ', line.length() - 2) + 1;
        String head = line.substring(start, line.length() - 1);
        String next = lines[i + 1].stripLeading();
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String tail = next.substring(0, end);
        if (head.isEmpty() || tail.isEmpty() || !isLetters(head)) {
            return;
        }
        String w = head + tail;
        boolean better = syllables.isAttested(w)
                ? !syllables.isAttested(head) || !syllables.isAttested(tail)
                : syllables.isSyllable(w) && (!syllables.isSyllable(head) || !syllables.isSyllable(tail));
        if (oneWordCase(w) && better) {
            lines[i] = line.substring(0, start) + w;
            lines[i + 1] = next.substring(end).stripLeading();
        }
    }

    private static String core(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && LEADING.indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && TRAILING.indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        return token.substring(a, b);
    }

    private static boolean isLetters(String s) {
        return isLetters(s, 0, s.length());
    }

    private static boolean isLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** All capitals, all lower case, or a capital then lower case. */
    private static boolean oneWordCase(String w) {
        boolean restLower = true;
        boolean restUpper = true;
        for (int i = 1; i < w.length(); i++) {
            restLower &= Character.isLowerCase(w.charAt(i));
            restUpper &= Character.isUpperCase(w.charAt(i));
        }
        return restLower || restUpper && Character.isUpperCase(w.charAt(0));
    }
}
