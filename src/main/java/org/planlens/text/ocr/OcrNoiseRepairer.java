package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planlens.rules.ModelData;
import org.planlens.text.normalize.VietnameseSyllables;

/**
 * Mends the punctuation noise that speckle leaves in OCR'd lines (a numbering dot read as a colon, a bullet read
 * as a tilde), with the rules of {@code models/ocr-noise.tsv}. Applied to OCR output only: a text layer has no
 * such noise, and the rules would be guesses there.
 */
public final class OcrNoiseRepairer {
    static final String FILE = "ocr-noise.tsv";

    private record Rule(Pattern pattern, String replacement) {}

    private final List<Rule> rules = new ArrayList<>();
    private final SpeckBetweenSyllables specks;
    private final ToneMarkRepairer marks;
    private final LetterCaseRepairer cases;

    public OcrNoiseRepairer(ModelData models) {
        this(models, new VietnameseSyllables(models));
    }

    /** With the syllable list the reader already loaded from the same {@code models} (22,000 rows: loaded once). */
    public OcrNoiseRepairer(ModelData models, VietnameseSyllables syllables) {
        this.specks = new SpeckBetweenSyllables(syllables);
        this.marks = new ToneMarkRepairer(syllables);
        this.cases = new LetterCaseRepairer(syllables);
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": row needs pattern and replacement: " + String.join("\t", row));
            }
            try {
                rules.add(new Rule(Pattern.compile(row[0], Pattern.MULTILINE), row[1]));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": bad pattern " + row[0] + ": " + e.getMessage(), e);
            }
        }
    }

    public String repair(String ocrText) {
        String text = ocrText;
        for (Rule rule : rules) {
            text = rule.pattern().matcher(text).replaceAll(rule.replacement());
        }
        // cases first: the tone-mark repair reads lower-case words only
        return marks.repair(cases.repair(specks.repair(text)));
    }
}
