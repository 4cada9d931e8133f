package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.model.Role;

/**
 * The bodies an announcing issuer names to carry its document out: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân
 * tỉnh Phú Thọ và các Bộ, cơ quan liên quan biết, thực hiện" closes a conclusion notice by telling the province to
 * carry its conclusions out, so the bodies between the purpose word ("để") and the words of carrying out
 * ({@code carryout} of {@code agency-scope.tsv}) lead; bodies named only by relevance stay out.
 */
public final class AnnouncedAddressees {
    private final MentionFinder finder;
    private final String purpose;
    private final List<String> carryOut;

    public AnnouncedAddressees(AgencyLexicon lex, MentionFinder finder) {
        this.finder = finder;
        this.purpose = lex.word("purpose");
        this.carryOut = lex.words("carryout").stream().toList();
    }

    /** The bodies a clause of the issuer's announcement tells to carry it out, each with the lead; or none. */
    public List<ClauseRoles.Assignment> toCarryOut(String clause, int base) {
        List<Token> tokens = Tokens.of(clause, base);
        // "biết, thực hiện": the words are matched without the comma between them
        List<Token> words = tokens.stream().filter(Token::isWord).toList();
        int from = -1;
        int to = -1;
        for (int i = 0; i < words.size() && to < 0; i++) {
            if (from < 0 && words.get(i).lower().equals(purpose)) {
                from = words.get(i).end();
            } else if (from >= 0) {
                for (String p : carryOut) {
                    if (Tokens.matchLower(words, i, p) > 0) {
                        to = words.get(i).start();
                        break;
                    }
                }
            }
        }
        List<ClauseRoles.Assignment> out = new ArrayList<>();
        if (to < 0) {
            return out;
        }
        for (Found f : finder.find(clause, base, tokens)) {
            if (f.start() >= from && f.end() <= to && !f.byRelevance()) {
                out.add(new ClauseRoles.Assignment(f, Role.LEAD));
            }
        }
        return out;
    }
}
