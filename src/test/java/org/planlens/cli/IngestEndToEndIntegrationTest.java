package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IndexCounts;
import org.planlens.support.IngestRun;
import org.planlens.support.PlanSchema;
import org.planlens.support.Seeds;

/** Issue 3: ingesting corpus/ twice gives the same ids, no duplicates in plans/ or the index, right counts. */
class IngestEndToEndIntegrationTest {

    @Test
    void ingestTwice_sameIds_noDuplicates_countsRight(@TempDir Path out) {
        int seeds = Seeds.all().size();

        // given a fresh output folder, when the corpus is ingested
        IngestRun first = IngestRun.ingest(out, "corpus");

        // then every seed is exported once, valid against the contract, and indexed once
        assertEquals(0, first.exitCode());
        assertEquals(seeds, first.count("seen"));
        assertEquals(seeds, first.count("exported"));
        assertEquals(0, first.count("unchanged"));
        assertEquals(List.of(), first.failures());
        List<Path> jsons = first.planJsons();
        assertEquals(seeds, jsons.size());
        for (Path json : jsons) {
            assertEquals(List.of(), PlanSchema.errors(json));
            Path text = json.resolveSibling(json.getFileName().toString().replace(".json", ".txt"));
            assertTrue(text.toFile().isFile(), "normalised text beside " + json);
        }
        Map<String, Integer> indexed = IndexCounts.plansById(out.resolve("index"));
        assertEquals(seeds, indexed.size());

        // when the same corpus is ingested again
        IngestRun second = IngestRun.ingest(out, "corpus");

        // then nothing is re-made, ids are the same, and neither plans/ nor the index holds a duplicate
        assertEquals(0, second.exitCode());
        assertEquals(0, second.count("exported"));
        assertEquals(seeds, second.count("unchanged"));
        assertEquals(jsons, second.planJsons());
        Map<String, Integer> again = IndexCounts.plansById(out.resolve("index"));
        assertEquals(indexed.keySet(), again.keySet());
        assertTrue(again.values().stream().allMatch(n -> n == 1), "one plan document per id: " + again);

        // when forced, plans are re-made and still replace, not add
        Map<String, Integer> kindsBefore = IndexCounts.byKind(out.resolve("index"));
        IngestRun forced = IngestRun.ingest(out, "corpus", "--force");
        assertEquals(seeds, forced.count("exported"));
        assertEquals(kindsBefore, IndexCounts.byKind(out.resolve("index")));
        assertEquals(jsons, forced.planJsons());
    }
}
