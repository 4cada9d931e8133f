package org.planlens.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints files done / total, rate and ETA while a run goes on, at most once every {@code interval}, and a
 * summary line at the end. Thread-safe.
 */
public final class ProgressReporter {
    private final PrintStream out;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final long intervalNanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastPrint = new AtomicLong();

    public ProgressReporter(PrintStream out, int total, Duration interval) {
        this.out = out;
        this.total = total;
        this.intervalNanos = interval.toNanos();
    }

    public void documentDone() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastPrint.get();
        if ((now - last >= intervalNanos || n == total) && lastPrint.compareAndSet(last, now)) {
            out.println(line(n, now));
        }
    }

    String line(int n, long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        double rate = n / seconds;
        if (total <= 0) {
            // a worker: documents come as partitions arrive, with no total to reach
            return String.format("[worker] %d files, %.1f files/s", n, rate);
        }
        long eta = rate > 0 ? Math.round((total - n) / rate) : 0;
        return String.format(
                "[ingest] %d/%d files (%d%%), %.1f files/s, ETA %s",
                n, total, total == 0 ? 100 : n * 100 / total, rate, clock(eta));
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
