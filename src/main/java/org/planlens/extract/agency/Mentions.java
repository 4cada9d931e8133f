package org.planlens.extract.agency;

import java.util.List;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens.Token;

/** Finds the names of bodies in a clause. */
public interface Mentions {
    /** The bodies named in {@code text} (at offset {@code base} of the plan), over its tokens already made. */
    List<Found> find(String text, int base, List<Token> tokens);

    /** The bodies named in {@code text}. */
    default List<Found> find(String text, int base) {
        return find(text, base, Tokens.of(text, base));
    }
}
