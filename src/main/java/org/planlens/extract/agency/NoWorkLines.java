package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.meta.NamedPatterns;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;

/**
 * The lines of a plan that name bodies without assigning them work: the distribution lists ("Nơi nhận" and its
 * items, models/document-parts.tsv) and the lines giving the legal basis ("Căn cứ ...", "Theo đề nghị của ...",
 * {@code basis} of agency-scope.tsv).
 */
public final class NoWorkLines {
    private static final Pattern LIST_ITEM = NumberingGrammar.packaged().compile("[ \\t]*$LIST_BULLET");
    private final Pattern recipientsStart;
    private final AgencyLexicon lex;

    public NoWorkLines(ModelData models, AgencyLexicon lex) {
        this.recipientsStart = new NamedPatterns(models, "document-parts.tsv").get("recipients");
        this.lex = lex;
    }

    /** Where a distribution list or the addressees start: told, not assigned work. */
    public Pattern recipientsStart() {
        return recipientsStart;
    }

    /**
     * The distribution lists of {@code text} ("Nơi nhận:" and the list items under it), each as its start and end
     * offsets (end exclusive). A decision that issues a plan prints its own list before the plan, so the text after
     * a list is read on.
     */
    public List<int[]> recipientLists(String text) {
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

    /**
     * "Căn cứ Nghị định số ...", "Theo đề nghị của Giám đốc Sở Nội vụ": a line giving the document's legal basis or
     * its proposer names the issuers of other documents, not bodies assigned work.
     */
    public boolean basis(String line) {
        String k = Tokens.lowerWords(line);
        return lex.words("basis").stream().anyMatch(b -> k.startsWith(b + " "));
    }
}
