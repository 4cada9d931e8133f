package org.planlens.index;

import java.util.List;

/**
 * Which records a question is about, said without any backend's query types: the record kind (null: any) and
 * conditions that all hold. Each backend turns it into its own query ({@link RecordIndex}).
 */
public record RecordQuery(RecordKind kind, List<Condition> conditions) {
    public RecordQuery {
        conditions = List.copyOf(conditions);
    }

    /** One thing a record must satisfy; it filters, it never ranks. */
    public sealed interface Condition permits Keyword, AllWords, DoubleRange, IntRange {}

    /** The keyword field holds exactly {@code value}. */
    public record Keyword(String field, String value) implements Condition {}

    /**
     * Every word of {@code text}, analysed as the field is (accents and case folded, search synonyms applied),
     * is in the field; {@code option} names the command-line option in the error when the text has no word.
     */
    public record AllWords(String field, String text, String option) implements Condition {}

    /** The number field is within [{@code min}, {@code max}]; an infinite end is open. */
    public record DoubleRange(String field, double min, double max) implements Condition {}

    /** The number field is within [{@code min}, {@code max}]; {@code Integer.MIN_VALUE}/{@code MAX_VALUE} is open. */
    public record IntRange(String field, int min, int max) implements Condition {}
}
