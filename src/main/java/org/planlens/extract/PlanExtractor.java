package org.planlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.planlens.extract.targets.TargetReader;
import org.planlens.model.Agency;
import org.planlens.model.Metadata;
import org.planlens.model.Plan;
import org.planlens.model.SourceInfo;
import org.planlens.model.Task;
import org.planlens.model.Warning;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.text.ExtractedText;

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
     * The plan of one document's text. Stops with a {@link CancellationException} between extractors (and between
     * figures) once the thread is interrupted: the document's time limit has passed and its result is not wanted.
     */
    public Plan extract(String id, SourceInfo source, ExtractedText extracted) {
        String text = extracted.text();
        SectionTree tree = sectionParser.parse(text, extracted.ocr());
        checkInterrupted();
        Metadata meta = metadata.extract(text, tree);
        checkInterrupted();
        List<Task> taskRows = tasks.extract(text, tree);
        checkInterrupted();
        List<Agency> bodies = agencies.extract(text, tree, taskRows, meta.issuer());
        checkInterrupted();
        List<Warning> warnings = new ArrayList<>(extracted.warnings());
        TargetReader.overLongSentence(text)
                .ifPresent(n -> warnings.add(Warning.of(
                        "long_sentence",
                        "a sentence of " + n + " characters, over " + TargetReader.sentencePiece()
                                + ", was read for targets in pieces")));
        return new Plan(
                Plan.SCHEMA_VERSION,
                id,
                source,
                meta,
                tree.sections(),
                references.extract(text, tree),
                targets.extract(text, tree, meta.period()),
                bodies,
                taskRows,
                warnings);
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
