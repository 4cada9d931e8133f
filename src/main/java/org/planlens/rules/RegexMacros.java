package org.planlens.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a regex of {@code models/} that stand for other regexes ({@code $PERCENT}, {@code $ROMAN}): the rule
 * files' macros and the kinds of the numbering grammar are put in the same way.
 */
public final class RegexMacros {
    private static final Pattern REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");

    private RegexMacros() {}

    /**
     * {@code regex} with each {@code $NAME} replaced by its value in {@code macros}; a name without one fails,
     * naming {@code file} (the model file the macros come from).
     */
    public static String expand(String regex, Map<String, String> macros, String file) {
        Matcher m = REF.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("models/" + file + ": unknown macro $" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
