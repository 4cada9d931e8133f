package org.planlens.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.rules.ModelData;

/**
 * A sentence's deadline phrases are read once and narrowed for each figure ({@link DeadlineReader#within}); a
 * narrowed list must be what a TokensRegex pass over the narrow stretch alone finds.
 */
class DeadlineReaderTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final DeadlineReader READER = new DeadlineReader(new TokenRules(MODELS, "targets-deadline.rules"));

    @Test
    void aStretchEndingInsideAPhrasesLastToken_findsThePhrase() {
        String text = "giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20%";
        int yearEnd = text.indexOf(',');
        List<TokenRules.Match> sentence =
                READER.sentencePhrases(text, 0, text.indexOf("20%"), new DeadlineReader.Memo());
        assertEquals(1, sentence.size());
        // the phrase as read in the whole sentence holds the comma; read up to the year it ends at the year
        assertEquals(yearEnd + 1, sentence.get(0).end());
        assertEquals(
                READER.phrases(text, 0, yearEnd).size(),
                DeadlineReader.within(text, sentence, 0, yearEnd).size());
        assertEquals(1, DeadlineReader.within(text, sentence, 0, yearEnd).size());
        // a stretch ending before the phrase's last token starts has no phrase
        assertEquals(List.of(), DeadlineReader.within(text, sentence, 0, text.indexOf("2025")));
        assertEquals(List.of(), READER.phrases(text, 0, text.indexOf("2025")));
    }

    @Test
    void seedSentences_narrowedPhrasesMatchAPassOverEachStretch() throws IOException {
        FigureFinder finder = FigureFinder.of(MODELS, new TargetCues(MODELS));
        int compared = 0;
        int withPhrases = 0;
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String text = Files.readString(seed);
            DeadlineReader.Memo memo = new DeadlineReader.Memo();
            for (Figure f : finder.find(text)) {
                int sentenceStart = Clauses.clauseStart(text, f.start(), false);
                int sentenceEnd = Clauses.clauseEnd(text, f.end(), false);
                List<TokenRules.Match> sentence = READER.sentencePhrases(text, sentenceStart, sentenceEnd, memo);
                // the figure's own stretch, and the stretches from each word of the sentence to the figure
                for (int from = sentenceStart; from < f.start(); from = nextWord(text, from)) {
                    List<TokenRules.Match> expected = READER.phrases(text, from, f.start());
                    assertEquals(
                            expected,
                            DeadlineReader.within(text, sentence, from, f.start()),
                            seed + " at " + from + "-" + f.start());
                    compared++;
                    withPhrases += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        // the seeds print few deadlines before their figures: 8 of the 518 stretches hold one
        assertTrue(compared > 400 && withPhrases >= 5, "stretches with a phrase: " + withPhrases + " of " + compared);
    }

    private static int nextWord(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
