package org.planlens.bench.crf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.rules.Fold;

/**
 * BIO labels of a line's tokens for agency mentions: the spans that spell a gold agency's name or one of its aliases,
 * compared as shared/tools/score.py compares agency names (case and accents folded, {@code UBND} and {@code HĐND}
 * spelled out, {@code &} read as {@code và}, dashes alike). A person's post before a body is left out of the span
 * by itself: the gold names the body.
 */
final class GoldLabels {
    static final String BEGIN = "B-AG";
    static final String INSIDE = "I-AG";
    static final String OUTSIDE = "O";

    /** The gold names as folded words, longest first, so a longer name wins over a name it contains. */
    private final List<List<String>> names;

    GoldLabels(List<String> goldNames) {
        List<List<String>> n = new ArrayList<>();
        for (String name : goldNames) {
            List<String> words = new ArrayList<>();
            Tokens.of(name, 0).forEach(t -> words.addAll(words(t)));
            if (!words.isEmpty() && !n.contains(words)) {
                n.add(words);
            }
        }
        n.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
        this.names = List.copyOf(n);
    }

    /** The folded words a token counts as (none for a sign that names nothing). */
    static List<String> words(Token t) {
        return switch (t.text()) {
            case "UBND" -> List.of("uy", "ban", "nhan", "dan");
            case "HĐND" -> List.of("hoi", "dong", "nhan", "dan");
            case "&" -> List.of("va");
            case "-", "–", "—" -> List.of("-");
            case "/" -> List.of("/");
            default -> t.isWord() ? List.of(Fold.key(t.text())) : List.of();
        };
    }

    String[] label(List<Token> tokens) {
        List<String> flat = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Boolean> firstOfToken = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String> w = words(tokens.get(i));
            for (int k = 0; k < w.size(); k++) {
                flat.add(w.get(k));
                owner.add(i);
                firstOfToken.add(k == 0);
            }
        }
        String[] labels = new String[tokens.size()];
        Arrays.fill(labels, OUTSIDE);
        for (List<String> name : names) {
            for (int at = 0; at + name.size() <= flat.size(); at++) {
                int last = at + name.size() - 1;
                boolean endsToken = last + 1 == flat.size() || firstOfToken.get(last + 1);
                if (!firstOfToken.get(at)
                        || !endsToken
                        || !flat.subList(at, last + 1).equals(name)) {
                    continue;
                }
                int from = owner.get(at);
                int to = owner.get(last);
                boolean free = true;
                for (int i = from; i <= to; i++) {
                    free &= labels[i].equals(OUTSIDE);
                }
                if (free) {
                    labels[from] = BEGIN;
                    for (int i = from + 1; i <= to; i++) {
                        labels[i] = INSIDE;
                    }
                }
            }
        }
        return labels;
    }
}
