package org.planlens.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids that sort by start time: {@code 20261122-154501-3f2a}. */
final class RunIds {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunIds() {}

    static String next() {
        return LocalDateTime.now().format(FORMAT) + "-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }
}
