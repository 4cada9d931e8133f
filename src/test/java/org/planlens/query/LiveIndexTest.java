package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.IndexUnavailableException;
import org.planlens.index.PlanIndexWriter;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;

/** A long-running reader follows the ingest's commits without being reopened. */
class LiveIndexTest {
    @TempDir
    Path out;

    @Test
    void questions_seeTheLatestCommit_andAViewInUseStaysReadable() throws Exception {
        Path dir = out.resolve("index");
        try (LiveIndex live = new LiveIndex(dir, ModelData.packaged())) {
            // no index yet: a clear refusal, then the first question after the ingest opens it
            assertThrows(IndexUnavailableException.class, () -> live.ask(LiveIndexTest::plans));
            try (PlanIndexWriter w = PlanIndexWriter.open(dir)) {
                assertThrows(IndexUnavailableException.class, () -> live.ask(LiveIndexTest::plans));
                add(w, "p-a", "Đông Quang");
                assertEquals(1, live.ask(LiveIndexTest::plans));

                int[] seen = new int[3];
                live.ask(old -> {
                    add(w, "p-b", "Quảng Bình");
                    seen[0] = plans(old);
                    LockSupport.parkNanos(300_000_000L);
                    // a question asked meanwhile sees the new commit...
                    seen[1] = live.ask(LiveIndexTest::plans);
                    // ...and the view this one holds is still open and unchanged
                    seen[2] = plans(old);
                    return null;
                });
                assertEquals(1, seen[0]);
                assertEquals(2, seen[1]);
                assertEquals(1, seen[2]);
            }
        }
    }

    private static int plans(RecordIndex index) throws IOException {
        return new PlanQueries(index).plans(PlanFilter.NONE).size();
    }

    private static void add(PlanIndexWriter w, String id, String commune) throws IOException {
        var p = TestPlans.commune(id, commune, "Đông Sơn", "Thanh Hóa", 2023, 90, "Mức độ hài lòng");
        w.replace(p.plan(), p.text(), "fp");
        w.commit();
    }
}
