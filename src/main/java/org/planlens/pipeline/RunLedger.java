package org.planlens.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to each document of one run, as workers report it. Each outcome is also appended to the run's
 * journal ({@code runs/<run>.ledger.jsonl}), so a run restarted after a kill accounts for the documents done before
 * it as well: the last outcome of each document counts. Thread-safe.
 */
public final class RunLedger {
    public record Failure(String file, String reason) {}

    /** A document read as a copy of another of the same run: same bytes, one plan, written once. */
    public record Duplicate(String file, String planId, String sameAs) {}

    /** A plan deleted because its source now holds other bytes (a corrected file). */
    public record Superseded(String file, String planId, String by) {}

    /** One line of the journal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outcome(String file, OutcomeStatus status, String planId, String reason, String sameAs) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, String> writtenBy = new HashMap<>();
    private final List<Superseded> superseded = new ArrayList<>();
    private final List<Failure> inputFailures = new ArrayList<>();
    private final List<Failure> skipped = new ArrayList<>();
    private Path journal;

    /**
     * Keeps the outcomes in {@code file} from now on, after reading those it holds already (a restarted run's
     * journal: documents done before the kill). A torn last line is passed over.
     */
    public synchronized void journal(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Outcome o;
                try {
                    o = MAPPER.readValue(line, Outcome.class);
                } catch (JsonProcessingException e) {
                    continue;
                }
                if (o.status() == OutcomeStatus.SUPERSEDED) {
                    superseded.add(new Superseded(o.file(), o.planId(), o.sameAs()));
                } else {
                    remember(o);
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.journal = file;
    }

    /**
     * Records a written plan; false when this run already wrote the same plan from another file (this one is then
     * counted unchanged, as a copy of that file).
     */
    public synchronized boolean exported(String file, String planId) {
        String first = writtenBy.get(planId);
        if (first != null && !first.equals(file)) {
            record(new Outcome(file, OutcomeStatus.UNCHANGED, planId, null, first));
            return false;
        }
        record(new Outcome(file, OutcomeStatus.EXPORTED, planId, null, null));
        return true;
    }

    public synchronized void unchanged(String file, String planId) {
        record(new Outcome(file, OutcomeStatus.UNCHANGED, planId, null, null));
    }

    /** A document that could not be read. */
    public synchronized void failed(String file, String reason) {
        record(new Outcome(file, OutcomeStatus.FAILED, null, reason, null));
    }

    /** An input that could not be scanned (a folder that cannot be listed, an unsafe archive entry). */
    public synchronized void inputFailed(String file, String reason) {
        inputFailures.add(new Failure(file, reason));
    }

    public synchronized void skipped(String file, String reason) {
        skipped.add(new Failure(file, reason));
    }

    public synchronized void superseded(String file, String planId, String by) {
        Superseded s = new Superseded(file, planId, by);
        // told again: a restarted remote run replays its partitions' outcomes after reading its journal
        if (superseded.contains(s)) return;
        superseded.add(s);
        append(new Outcome(file, OutcomeStatus.SUPERSEDED, planId, null, by));
    }

    public synchronized int exportedCount() {
        return count(OutcomeStatus.EXPORTED);
    }

    public synchronized int unchangedCount() {
        return count(OutcomeStatus.UNCHANGED);
    }

    /** Documents that could not be read, then inputs that could not be scanned. */
    public synchronized List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        for (Outcome o : outcomes.values()) {
            if (o.status() == OutcomeStatus.FAILED) {
                out.add(new Failure(o.file(), o.reason()));
            }
        }
        out.addAll(inputFailures);
        return out;
    }

    public synchronized List<Failure> skips() {
        return List.copyOf(skipped);
    }

    public synchronized List<Duplicate> duplicates() {
        List<Duplicate> out = new ArrayList<>();
        for (Outcome o : outcomes.values()) {
            if (o.sameAs() != null) {
                out.add(new Duplicate(o.file(), o.planId(), o.sameAs()));
            }
        }
        return out;
    }

    public synchronized List<Superseded> supersededPlans() {
        return List.copyOf(superseded);
    }

    private int count(OutcomeStatus status) {
        return (int)
                outcomes.values().stream().filter(o -> o.status() == status).count();
    }

    private void record(Outcome o) {
        remember(o);
        append(o);
    }

    private void remember(Outcome o) {
        // a document redone after a restart counts once, as it ended
        outcomes.remove(o.file());
        outcomes.put(o.file(), o);
        if (o.status() == OutcomeStatus.EXPORTED) {
            writtenBy.putIfAbsent(o.planId(), o.file());
        }
    }

    private void append(Outcome o) {
        if (journal == null) {
            return;
        }
        try {
            Files.write(
                    journal,
                    (MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run journal " + journal, e);
        }
    }
}
