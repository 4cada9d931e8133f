package org.planlens.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.planlens.extract.PlanExtractor;
import org.planlens.input.DocumentStager;
import org.planlens.input.InputDocument;
import org.planlens.input.StagedDocument;
import org.planlens.model.PageInfo;
import org.planlens.model.Plan;
import org.planlens.model.SourceInfo;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.structure.ScanDoubts;
import org.planlens.text.DigitChoices;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.PageLayout;
import org.planlens.text.TextReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document from bytes to plan: stage and hash, skip if unchanged, read text, extract, make the export's JSON,
 * all within the time limit per document. A document that cannot be read throws
 * {@link UnreadableDocumentException} (the batch skips it); a failure of planlens's own code throws
 * {@link PipelineFailureException} (the run fails, naming the file). Thread-safe: every worker shares one.
 */
public final class DocumentProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);
    private final DocumentStager stager;
    private final DocumentTextReader reader;
    private final PlanExtractor extractor;
    private final TextReadOptions readOptions;
    private final Map<String, String> indexedFingerprints;
    private final String fingerprint;
    private final boolean force;
    private final Path cwd = Path.of("").toAbsolutePath();
    private final ExecutorService timeLimited = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "planlens-document");
        t.setDaemon(true);
        return t;
    });
    private final PlanStore store;
    private final TextCache texts;

    public DocumentProcessor(
            DocumentStager stager,
            DocumentTextReader reader,
            PlanExtractor extractor,
            PlanStore store,
            TextReadOptions readOptions,
            String fingerprint,
            boolean force,
            TextCache texts) {
        this.stager = stager;
        this.texts = texts;
        this.reader = reader;
        this.extractor = extractor;
        this.store = store;
        this.readOptions = readOptions;
        this.indexedFingerprints = store.indexedFingerprints();
        this.fingerprint = fingerprint;
        this.force = force;
    }

    /**
     * The document's outcome, all within the time limit per document: staging, reading (OCR included),
     * extraction and the export's JSON. Past the limit the work is interrupted (extraction stops between figures,
     * OCR processes are killed) and the document fails with the reason.
     */
    public IngestOutcome process(InputDocument input) throws UnreadableDocumentException {
        Future<IngestOutcome> future = timeLimited.submit(() -> processNow(input));
        try {
            return future.get(readOptions.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new UnreadableDocumentException(
                    input.location(),
                    "took longer than the limit of " + readOptions.timeout().toSeconds()
                            + " s per document (reading, OCR, extraction and export)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PipelineFailureException bug) {
                throw bug;
            }
            throw DocumentFailures.whileReading(input.location(), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(input.location(), "interrupted", e);
        }
    }

    private IngestOutcome processNow(InputDocument input) throws UnreadableDocumentException {
        long t0 = System.nanoTime();
        try (StagedDocument staged = stager.stage(input)) {
            String id = PlanIds.fromSha256(staged.sha256());
            if (!force && fingerprint.equals(indexedFingerprints.get(id)) && store.hasFiles(id)) {
                return new IngestOutcome(input, id, null, null, null, (System.nanoTime() - t0) / 1_000_000);
            }
            // --force reads again (and keeps the new text); otherwise a text read before with the same settings
            // serves, whatever the rules, so a rule change never re-runs OCR
            ExtractedText text = force ? null : texts.get(staged.sha256()).orElse(null);
            if (text == null) {
                text = read(staged);
                try {
                    texts.put(staged.sha256(), text);
                } catch (IOException e) {
                    LOG.warn("cannot keep the text of {} in the text cache: {}", input.location(), e.toString());
                }
            }
            SourceInfo source = new SourceInfo(
                    displayName(input),
                    staged.sha256(),
                    text.format(),
                    text.pages(),
                    text.ocr(),
                    text.encoding(),
                    text.text().length(),
                    pageInfo(text));
            Plan plan;
            try {
                plan = extractor.extract(id, source, text.text(), text.warnings(), doubts(text));
                Plan extracted = plan;
                plan = PageLocator.of(text)
                        .map(locator -> extracted.withProvenance(PlanPlaces.of(extracted, locator)))
                        .orElse(plan);
            } catch (CancellationException e) {
                throw new UnreadableDocumentException(input.location(), "extraction stopped: time limit reached", e);
            } catch (RuntimeException e) {
                // the text is read: whatever fails now is planlens's own code
                throw new PipelineFailureException(input.location(), "extracting", e);
            }
            byte[] json = store.render(plan);
            return new IngestOutcome(input, id, plan, text.text(), json, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** The staged document's text; what reading threw, as a document that cannot be read or as a bug. */
    private ExtractedText read(StagedDocument staged) throws UnreadableDocumentException {
        InputDocument input = staged.input();
        try {
            return reader.read(staged.path(), input.location(), input.name());
        } catch (RuntimeException | Error e) {
            throw DocumentFailures.whileReading(input.location(), e);
        }
    }

    /** What OCR doubted of the text's words, for the extractors (they do not see how a text was read). */
    private static ScanDoubts doubts(ExtractedText text) {
        Map<String, List<String>> unsure = new HashMap<>();
        for (PageLayout page : text.layout()) {
            for (DigitChoices word : page.digitChoices()) {
                unsure.merge(word.word(), word.glyphs(), DocumentProcessor::either);
            }
        }
        return new ScanDoubts(text.doubtfulWords(), unsure);
    }

    /** The characters each place of a word read twice may be, by either reading. */
    private static List<String> either(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            StringBuilder can = new StringBuilder(a.get(i));
            for (char c : b.get(i).toCharArray()) {
                if (can.indexOf(String.valueOf(c)) < 0) {
                    can.append(c);
                }
            }
            out.add(can.toString());
        }
        return out;
    }

    private static List<PageInfo> pageInfo(ExtractedText text) {
        return text.layout().stream()
                .map(l -> new PageInfo(l.page(), l.method(), l.ocrConfidence()))
                .toList();
    }

    /** The source file as the user named it: relative to the working folder when under it. */
    private String displayName(InputDocument input) {
        if (input.isArchiveEntry()) {
            int sep = input.location().indexOf(InputDocument.ARCHIVE_SEPARATOR);
            return relative(input.location().substring(0, sep))
                    + input.location().substring(sep);
        }
        return relative(input.location());
    }

    private String relative(String location) {
        Path p = Path.of(location).toAbsolutePath().normalize();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }

    @Override
    public void close() {
        timeLimited.shutdownNow();
    }
}
