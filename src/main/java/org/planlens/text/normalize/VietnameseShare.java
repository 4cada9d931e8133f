package org.planlens.text.normalize;

/**
 * How much of a text is Vietnamese words: the share of its visible characters that are letters of words found in
 * the syllable list. Real plans score well above a half (figures, punctuation and names make the rest); random
 * bytes read as text, mojibake and text in the wrong charset score near nothing. Looks at most {@code maxChars}
 * characters from the start.
 */
public final class VietnameseShare {
    private final VietnameseSyllables syllables;
    private final int maxChars;

    public VietnameseShare(VietnameseSyllables syllables, int maxChars) {
        this.syllables = syllables;
        this.maxChars = maxChars;
    }

    /** Characters counted: the visible ones, and those in words of the syllable list. */
    public record Count(int visible, int inSyllables) {
        public double share() {
            return visible == 0 ? 0 : (double) inSyllables / visible;
        }
    }

    public Count of(String text) {
        int end = Math.min(text.length(), maxChars);
        int visible = 0;
        int inSyllables = 0;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (!Character.isWhitespace(c)) {
                    visible++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            visible += i - start;
            if (i - start <= syllables.longest() && syllables.isSyllable(text, start, i)) {
                inSyllables += i - start;
            }
        }
        return new Count(visible, inSyllables);
    }
}
