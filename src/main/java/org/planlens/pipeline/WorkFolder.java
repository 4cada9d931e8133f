package org.planlens.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An ingest's scratch folder, {@code <out>/tmp}: archive entries being read, page images and tesseract's files.
 * A run deletes each file when done with it; a killed run leaves its files, and the next run over the same output
 * (which holds the output's lock, so no other run is using them) deletes them when it starts.
 */
public final class WorkFolder {
    private final Path dir;

    public WorkFolder(Path outDir) {
        this.dir = outDir.resolve("tmp");
    }

    public Path path() {
        return dir;
    }

    /** Where OCR writes page images and tesseract's output. */
    public Path ocr() {
        return dir.resolve("ocr");
    }

    /** Deletes what an earlier run left in the folder; the number of files deleted. */
    public int clear() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int[] files = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                files[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!d.equals(dir)) {
                    Files.delete(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }
}
