package org.planlens.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.planlens.input.InputDocument;
import org.planlens.pipeline.Manifest;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

/** Reads one partition's share of the manifest; remembers how far it got, so a restart resumes there. */
public class ManifestSliceReader implements ItemStreamReader<InputDocument> {
    private static final String POSITION = "position";

    private final Path manifest;
    private final int partition;
    private final int partitions;
    private List<InputDocument> documents;
    private int next;

    public ManifestSliceReader(String manifest, int partition, int partitions) {
        this.manifest = Path.of(manifest);
        this.partition = partition;
        this.partitions = partitions;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            documents = Manifest.read(manifest);
        } catch (IOException e) {
            throw new ItemStreamException("cannot read run manifest " + manifest + ": " + e.getMessage(), e);
        }
        next = context.containsKey(POSITION) ? context.getInt(POSITION) : partition;
    }

    @Override
    public InputDocument read() {
        if (next >= documents.size()) {
            return null;
        }
        InputDocument d = documents.get(next);
        next += partitions;
        return d;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, next);
    }
}
