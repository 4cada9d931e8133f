package org.planlens.batch;

import org.planlens.input.InputDocument;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.pipeline.DocumentProcessor;
import org.planlens.pipeline.IngestOutcome;
import org.springframework.batch.item.ItemProcessor;

/** Hands each document to the pipeline; an unreadable one is thrown to the step's skip policy. */
public final class IngestProcessor implements ItemProcessor<InputDocument, IngestOutcome> {
    private final DocumentProcessor pipeline;

    public IngestProcessor(DocumentProcessor pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public IngestOutcome process(InputDocument item) throws UnreadableDocumentException {
        return pipeline.process(item);
    }
}
