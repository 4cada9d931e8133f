package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.query.Page;

/** The line a listing prints under its rows: the rows shown, the total, and how to see more. */
class PageLineTest {
    private static final List<Integer> TWENTY = Collections.nCopies(20, 1);

    @Test
    void anExactTotal_isPrintedAsCounted() {
        assertEquals(
                "rows 1-20 of 96,220 (--offset 20 for the next page, --all for every row)",
                QueryRun.pageLine(new Page<>(TWENTY, 0, 96_220), false));
        assertEquals("rows 41-60 of 60", QueryRun.pageLine(new Page<>(TWENTY, 40, 60), false));
    }

    @Test
    void aLowerBound_isPrintedWithAPlus_andMoreIsOffered() {
        assertEquals(
                "rows 1-20 of 10,000+ (--offset 20 for the next page, --all for every row)",
                QueryRun.pageLine(new Page<>(TWENTY, 0, 10_000, false), false));
        // a page past the counted rows still says there may be more
        assertEquals(
                "rows 10,001-10,020 of 10,000+ (--offset 10020 for the next page, --all for every row)",
                QueryRun.pageLine(new Page<>(TWENTY, 10_000, 10_000, false), false));
    }
}
