package org.planlens.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The export contract (a copy of shared/spec/plan.schema.json) as a validator. */
public final class PlanSchema {
    private static final Schema SCHEMA = load();

    private PlanSchema() {}

    private static Schema load() {
        try (InputStream in = PlanSchema.class.getResourceAsStream("/plan.schema.json")) {
            // the contract's relative $id is rejected by the validator; an absolute one names the same schema
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"$id\": \"plan.schema.json\"", "\"$id\": \"urn:planlens:plan.schema.json\"");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations of one exported plan; empty when it validates. */
    public static List<String> errors(Path json) {
        try {
            List<Error> errors = SCHEMA.validate(Files.readString(json, StandardCharsets.UTF_8), InputFormat.JSON);
            return errors.stream()
                    .map(e -> json.getFileName() + ": " + e.getInstanceLocation() + " " + e.getMessage())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
