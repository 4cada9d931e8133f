package org.planlens.bench.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.bench.crf.CrfTagger.Span;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.Tokens;
import org.planlens.model.Role;
import org.planlens.rules.ModelData;

/** The CRF experiment's labels from gold names and its roles from the cues (bench/crf.sh, issue 18 point 7). */
class AgencyCrfReadingTest {
    private static final String SENTENCE = "Giao Giám đốc Sở Nội vụ chủ trì, phối hợp với UBND các huyện, thị xã,"
            + " thành phố triển khai thực hiện Kế hoạch này.";

    private static Span span(String text, String name) {
        int at = text.indexOf(name);
        return new Span(at, at + name.length(), name);
    }

    @Test
    void labels_goldNameSpelledOutAndPostLeftOut_bodiesOnly() {
        GoldLabels gold = new GoldLabels(List.of("Sở Nội vụ", "Ủy ban nhân dân các huyện, thị xã, thành phố"));
        List<Tokens.Token> tokens = Tokens.of(SENTENCE, 0);
        String[] labels = gold.label(tokens);
        StringBuilder tagged = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (!labels[i].equals(GoldLabels.OUTSIDE)) {
                tagged.append(labels[i].equals(GoldLabels.BEGIN) ? "|" : " ")
                        .append(tokens.get(i).text());
            }
        }
        assertEquals("|Sở Nội vụ|UBND các huyện , thị xã , thành phố", tagged.toString());
    }

    @Test
    void roles_objectOfGiaoLeads_objectOfPhoiHopCoordinates() {
        CueRoles roles = new CueRoles(new AgencyLexicon(ModelData.packaged()));
        Span home = span(SENTENCE, "Sở Nội vụ");
        Span districts = span(SENTENCE, "UBND các huyện, thị xã, thành phố");
        assertEquals(
                List.of(new CueRoles.Assignment(home, Role.LEAD), new CueRoles.Assignment(districts, Role.COORDINATE)),
                roles.read(SENTENCE, 0, List.of(home, districts)));
    }

    @Test
    void roles_subjectTakesFirstCueNotCancelled() {
        String clause = "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính thực hiện rà soát thủ tục hành chính";
        CueRoles roles = new CueRoles(new AgencyLexicon(ModelData.packaged()));
        Span lead = span(clause, "Sở Tư pháp");
        Span first = span(clause, "Sở Nội vụ");
        Span second = span(clause, "Sở Tài chính");
        assertEquals(
                List.of(
                        new CueRoles.Assignment(lead, Role.LEAD),
                        new CueRoles.Assignment(first, Role.COORDINATE),
                        new CueRoles.Assignment(second, Role.COORDINATE)),
                roles.read(clause, 0, List.of(lead, first, second)));
    }
}
