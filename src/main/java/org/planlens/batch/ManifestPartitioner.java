package org.planlens.batch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Deals the manifest's documents out to partitions in turn (document i to partition i mod n), so a run of large
 * files early in the list does not load one worker only.
 */
public class ManifestPartitioner implements Partitioner {
    static final String MANIFEST = "manifest";
    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    private final String manifest;

    public ManifestPartitioner(String manifest) {
        this.manifest = manifest;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> out = new HashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putString(MANIFEST, manifest);
            ctx.putInt(PARTITION, i);
            ctx.putInt(PARTITIONS, gridSize);
            out.put("partition" + i, ctx);
        }
        return out;
    }
}
