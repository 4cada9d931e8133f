package org.planlens.bench.crf;

import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.NoWorkLines;
import org.planlens.rules.ModelData;

/**
 * The lines of a plan's text the agency reader reads, as the rules read them: not the distribution lists ("Nơi
 * nhận" and its items) and not the lines giving the legal basis ("Căn cứ ...", "Theo đề nghị của ..."), which name
 * bodies that are assigned no work ({@link NoWorkLines}, shared with the rules).
 */
final class PlanLines {
    /** One line: where it starts in the text, and its text. */
    record Line(int start, String text) {}

    private final NoWorkLines noWork;

    PlanLines(ModelData models, AgencyLexicon lex) {
        this.noWork = new NoWorkLines(models, lex);
    }

    List<Line> read(String text) {
        List<int[]> skipped = noWork.recipientLists(text);
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int start = offset;
            offset += line.length() + 1;
            if (skipped.stream().noneMatch(r -> start >= r[0] && start < r[1]) && !noWork.basis(line)) {
                out.add(new Line(start, line));
            }
        }
        return out;
    }
}
