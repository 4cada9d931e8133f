package org.planlens.extract.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planlens.rules.ModelData;
import org.planlens.rules.RegexMacros;

/**
 * A rule file of {@code models/} read as named regular expressions, written the way SUTime writes its rules:
 * macros first, then the patterns the extractor asks for by name.
 *
 * <table>
 *   <caption>Lines of a rule file</caption>
 *   <tr><th>line</th><th>meaning</th></tr>
 *   <tr><td>{@code # ...}</td><td>comment (a worked Vietnamese example above each rule)</td></tr>
 *   <tr><td>{@code $MACRO = regex}</td><td>a macro; later lines use it as {@code $MACRO}</td></tr>
 *   <tr><td>{@code name = regex}</td><td>a pattern the Java side looks up with {@link #pattern(String)}</td></tr>
 *   <tr><td>indented line</td><td>continues the previous definition</td></tr>
 * </table>
 *
 * Regexes are compiled with {@link Pattern#COMMENTS} (write a space as {@code \s} or {@code [ ]}) and Unicode case
 * rules. Macros built from gazetteers are handed in by the caller. A file that fails to compile names itself.
 */
public final class PatternRules {
    private final String file;
    private final Map<String, String> macros = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public PatternRules(ModelData models, String file, Map<String, String> gazetteerMacros) {
        this.file = file;
        macros.putAll(gazetteerMacros);
        Map<String, String> defs = new LinkedHashMap<>();
        String current = null;
        for (String line : models.text(file).split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && current != null) {
                defs.merge(current, " " + line.strip(), String::concat);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("models/" + file + ": expected 'name = regex': " + line);
            }
            current = line.substring(0, eq).strip();
            defs.put(current, line.substring(eq + 1).strip());
        }
        for (Map.Entry<String, String> d : defs.entrySet()) {
            String body = expand(d.getValue());
            if (d.getKey().startsWith("$")) {
                macros.put(d.getKey().substring(1), "(?:" + body + ")");
            } else {
                try {
                    patterns.put(
                            d.getKey(),
                            Pattern.compile(
                                    body, Pattern.COMMENTS | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(
                            "models/" + file + ": rule '" + d.getKey() + "' does not compile: " + e.getDescription(),
                            e);
                }
            }
        }
    }

    /** The compiled pattern called {@code name} in the file. */
    public Pattern pattern(String name) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new IllegalArgumentException("models/" + file + ": no rule named '" + name + "'");
        }
        return p;
    }

    private String expand(String body) {
        return RegexMacros.expand(body, macros, file);
    }

    /**
     * A look-ahead for the first letters of a gazetteer's phrases ({@code (?=[...])}, empty for no phrases): put at
     * the very start of a rule whose first test is costlier (a look-behind), it turns most positions away at once.
     */
    public static String firstLetters(Iterable<String> phrases) {
        StringBuilder firsts = new StringBuilder();
        Set<Integer> seen = new LinkedHashSet<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            if (!p.isEmpty() && seen.add(p.codePointAt(0))) {
                int c = p.codePointAt(0);
                firsts.append(
                        Character.isLetterOrDigit(c) ? Character.toString(c) : "\\x{" + Integer.toHexString(c) + "}");
            }
        }
        return firsts.isEmpty() ? "" : "(?=[" + firsts + "])";
    }

    /**
     * A gazetteer's phrases as one alternation, longest first, spaces matching any run of white space. It opens with
     * a look-ahead for the phrases' first letters: {@code java.util.regex} tries every branch at every position of
     * a {@code find}, and one character-class test turns most positions away at once.
     */
    public static String alternation(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder(firstLetters(sorted)).append("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(i).strip().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    sb.append("\\s+");
                }
                sb.append(Pattern.quote(words[w]));
            }
        }
        return sb.append(')').toString();
    }
}
