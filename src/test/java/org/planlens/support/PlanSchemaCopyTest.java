package org.planlens.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test copy of the export contract is the shared one, so tests validate against the real contract. */
class PlanSchemaCopyTest {
    @Test
    void copyMatchesSharedSpec() throws IOException {
        Path shared = Path.of("../shared/spec/plan.schema.json");
        assumeTrue(Files.isRegularFile(shared), "shared/ beside the project");
        try (InputStream in = PlanSchemaCopyTest.class.getResourceAsStream("/plan.schema.json")) {
            assertEquals(
                    Files.readString(shared, StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
