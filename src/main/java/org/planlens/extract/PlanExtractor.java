package org.planlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.planlens.extract.meta.ScannedNumbers;
import org.planlens.extract.targets.TargetReader;
import org.planlens.model.Agency;
import org.planlens.model.LegalReference;
import org.planlens.model.Metadata;
import org.planlens.model.Plan;
import org.planlens.model.SourceInfo;
import org.planlens.model.Task;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.structure.ScanDoubts;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;

/**
 * Normalised text to a {@link Plan}: sections first, then one extractor per kind of fact. Built once from the
 * models (rules load at start); thread-safe.
 */
public final class PlanExtractor {
    private final SectionParser sectionParser;
    private final MetadataExtractor metadata;
    private final LegalReferenceExtractor references;
    private final TargetExtractor targets;
    private final TaskTableExtractor tasks;
    private final AgencyExtractor agencies;

    public PlanExtractor(ModelData models) {
        this.sectionParser = new SectionParser(models);
        this.metadata = new MetadataExtractor(models);
        this.references = new LegalReferenceExtractor(models);
        this.targets = new TargetExtractor(models);
        this.tasks = new TaskTableExtractor(models);
        this.agencies = new AgencyExtractor(models);
    }

    /**
     * The plan in {@code text}, the normalised text of the document {@code source} describes ({@code source.ocr()}:
     * whether it was OCRed); {@code warnings} are the reading's, carried into the plan. Stops with a
     * {@link CancellationException} between extractors (and between figures) once the thread is interrupted: the
     * document's time limit has passed and its result is not wanted.
     */
    public Plan extract(String id, SourceInfo source, String text, List<Warning> warnings) {
        return extract(id, source, text, warnings, ScanDoubts.NONE);
    }

    /**
     * As {@link #extract(String, SourceInfo, String, List)}, for an OCRed document with the {@code doubts} OCR had
     * of its words (low confidence, another digit weighed): numbers of its metadata OCR may have got wrong are left
     * out ({@link ScannedNumbers}), cited ones flagged.
     */
    public Plan extract(String id, SourceInfo source, String text, List<Warning> warnings, ScanDoubts doubts) {
        SectionTree tree = sectionParser.parse(text, source.ocr());
        checkInterrupted();
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(tree.warnings());
        Metadata read = metadata.extract(text, tree);
        Metadata meta = source.ocr() ? ScannedNumbers.check(read, doubts, metadata.numberSlot(text), all) : read;
        checkInterrupted();
        List<Task> taskRows = tasks.extract(text, tree);
        checkInterrupted();
        List<Agency> bodies = agencies.extract(text, tree, taskRows, meta.issuer());
        checkInterrupted();
        List<LegalReference> refs = source.ocr()
                ? references.extractScanned(text, tree, read.number(), latestYear(meta), doubts, all)
                : references.extract(text, tree, read.number());
        TargetReader.overLongSentence(text)
                .ifPresent(n -> all.add(Warning.of(
                        WarningCode.LONG_SENTENCE,
                        "a sentence of " + n + " characters, over " + TargetReader.sentencePiece()
                                + ", was read for targets in pieces")));
        return new Plan(
                Plan.SCHEMA_VERSION,
                id,
                source,
                meta,
                tree.sections(),
                refs,
                targets.extract(text, tree, meta.period(), meta.documentType()),
                bodies,
                taskRows,
                all);
    }

    /**
     * The year no document this one cites can be later than: its own issue year, or the first year of its period
     * when that is later (an issue date OCR misread early must not make true citations look late); null when
     * neither is known.
     */
    private static Integer latestYear(Metadata meta) {
        Integer issued = meta.issueDate() == null ? null : meta.issueDate().year();
        Integer from = meta.period() == null ? null : meta.period().from();
        if (issued == null) {
            return from;
        }
        return from == null ? issued : Math.max(issued, from);
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
