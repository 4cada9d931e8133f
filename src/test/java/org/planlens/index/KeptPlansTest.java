package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptPlansTest {
    private static RowInfo plan(String id) {
        return new RowInfo(
                "plan",
                id,
                id + ".pdf",
                null,
                null,
                null,
                null,
                null,
                2021,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void keepsAtMostItsCapacity_droppingTheLeastRecentlyUsed() {
        KeptPlans kept = new KeptPlans(2);
        kept.put(plan("a"));
        kept.put(plan("b"));
        assertNotNull(kept.get("a"), "a is now the most recently used");
        kept.put(plan("c"));
        assertEquals(2, kept.size());
        assertNull(kept.get("b"));
        assertEquals("a.pdf", kept.get("a").file());
        assertEquals("c.pdf", kept.get("c").file());
        assertThrows(IllegalArgumentException.class, () -> new KeptPlans(0));
    }
}
