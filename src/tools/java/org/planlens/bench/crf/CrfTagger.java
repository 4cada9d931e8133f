package org.planlens.bench.crf;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.agency.Tokens.Token;

/** A trained CoreNLP CRFClassifier over the planlens tokens of a line: the agency mentions it tags, as spans. */
final class CrfTagger {
    /** A tagged mention: character offsets into the text the line came from, and the text printed there. */
    record Span(int start, int end, String text) {}

    private final CRFClassifier<CoreLabel> crf;

    CrfTagger(Path model) {
        try {
            this.crf = CRFClassifier.getClassifier(model.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException(model + ": not a CRFClassifier model: " + e.getMessage(), e);
        }
    }

    static List<CoreLabel> labels(List<Token> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.text());
            c.setValue(t.text());
            c.setOriginalText(t.text());
            c.setBeginPosition(t.start());
            c.setEndPosition(t.end());
            out.add(c);
        }
        return out;
    }

    /**
     * For each token of {@code line} (planlens's tokens, offsets from {@code base}), the CRF's marginal probability
     * that it is part of an agency mention.
     */
    double[] agencyProbabilities(String line, int base) {
        List<Token> tokens = Tokens.of(line, base);
        double[] out = new double[tokens.size()];
        if (tokens.isEmpty()) {
            return out;
        }
        CRFCliqueTree<String> tree = crf.getCliqueTree(crf.classifySentence(labels(tokens)));
        int outside = tree.classIndex().indexOf(GoldLabels.OUTSIDE);
        for (int i = 0; i < out.length; i++) {
            out[i] = 1 - tree.prob(i, outside);
        }
        return out;
    }

    /** Mentions in {@code line}, which starts at {@code base} of {@code text}. */
    List<Span> tag(String text, String line, int base) {
        List<Token> tokens = Tokens.of(line, base);
        List<Span> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        // classifySentence, not classify: it runs the reader's preprocessing (word shapes) the features need
        List<CoreLabel> tagged = crf.classifySentence(labels(tokens));
        int start = -1;
        int end = -1;
        for (int i = 0; i < tagged.size(); i++) {
            Token c = tokens.get(i);
            String a = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            boolean inside = GoldLabels.INSIDE.equals(a);
            boolean begin = GoldLabels.BEGIN.equals(a) || inside && start < 0;
            if ((begin || !inside) && start >= 0) {
                out.add(new Span(start, end, text.substring(start, end)));
                start = -1;
            }
            if (begin) {
                start = c.start();
            }
            if (begin || inside) {
                end = c.end();
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end, text.substring(start, end)));
        }
        return out;
    }
}
