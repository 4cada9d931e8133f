package org.planlens.bench.crf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.meta.NamedPatterns;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;

/**
 * The lines of a plan's text the agency reader reads, as the rules read them: not the distribution lists ("Nơi
 * nhận" and its items) and not the lines giving the legal basis ("Căn cứ ...", "Theo đề nghị của ..."), which name
 * bodies that are assigned no work.
 */
final class PlanLines {
    /** One line: where it starts in the text, and its text. */
    record Line(int start, String text) {}

    private static final Pattern LIST_ITEM = NumberingGrammar.packaged().compile("[ \\t]*$LIST_BULLET");
    private final Pattern recipientsStart;
    private final AgencyLexicon lex;

    PlanLines(ModelData models, AgencyLexicon lex) {
        this.recipientsStart = new NamedPatterns(models, "document-parts.tsv").get("recipients");
        this.lex = lex;
    }

    List<Line> read(String text) {
        List<int[]> skipped = recipientLists(text);
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int start = offset;
            offset += line.length() + 1;
            if (skipped.stream().noneMatch(r -> start >= r[0] && start < r[1]) && !basis(line)) {
                out.add(new Line(start, line));
            }
        }
        return out;
    }

    private List<int[]> recipientLists(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = recipientsStart.matcher(text);
        while (m.find()) {
            int end = text.indexOf('\n', m.end());
            end = end < 0 ? text.length() : end + 1;
            while (end < text.length()
                    && LIST_ITEM.matcher(text).region(end, text.length()).lookingAt()) {
                int next = text.indexOf('\n', end);
                end = next < 0 ? text.length() : next + 1;
            }
            out.add(new int[] {m.start(), end});
        }
        return out;
    }

    private boolean basis(String line) {
        String k = Tokens.lowerWords(line);
        return lex.words("basis").stream().anyMatch(b -> k.startsWith(b + " "));
    }
}
