package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Plan;
import org.planlens.model.SourceFormat;
import org.planlens.model.SourceInfo;
import org.planlens.model.TextEncoding;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/**
 * Issue 23, item 1: one sentence holding many figures (a 1 MB line of "... đạt 95% ") made target reading scan the
 * sentence again for every figure. The work per figure is now bounded: four times the figures cost about four
 * times the CPU, and a sentence over the bound is read in pieces with a warning.
 */
class LongSentenceTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final TargetExtractor TARGETS = new TargetExtractor(MODELS);
    private static final String CLAUSE = "Kế hoạch cải cách hành chính năm 2021 đạt 95% ";

    @Test
    void targetReading_growsLinearlyWithTheFiguresOfOneSentence() {
        cpuMillis(500); // warm up
        long small = Math.max(1, cpuMillis(1000));
        long large = cpuMillis(4000);
        // linear: about 4x; scanning the sentence for every figure made it 16x
        assertTrue(large < 8 * small, "1,000 figures: " + small + " ms CPU, 4,000 figures: " + large + " ms CPU");
    }

    @Test
    void aSentenceOverTheBound_isReadInPieces_withAWarning() {
        String text = CLAUSE.repeat(200);
        SourceInfo source = new SourceInfo(
                "long.txt", "0".repeat(64), SourceFormat.of("txt"), null, false, TextEncoding.UNICODE, text.length());
        Plan plan = new PlanExtractor(MODELS).extract("plan-long", source, text, List.of());

        assertTrue(
                plan.warnings().stream()
                        .anyMatch(w -> w.code() == WarningCode.LONG_SENTENCE
                                && w.message().contains("in pieces")),
                plan.warnings().toString());
        assertTrue(
                plan.targets().stream()
                        .allMatch(t -> text.substring(t.start(), t.end()).contains("95%")),
                "each target's clause holds its figure");
    }

    private static long cpuMillis(int figures) {
        String text = CLAUSE.repeat(figures);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        TARGETS.extract(text, new SectionTree(List.of()));
        return (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
    }
}
