package org.planlens.input;

import java.util.List;

/** What a scan of the command-line inputs found: documents to read, files passed over, inputs that failed. */
public record InputScan(List<InputDocument> documents, List<SkippedInput> skipped, List<SkippedInput> failed) {
    public InputScan {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }
}
