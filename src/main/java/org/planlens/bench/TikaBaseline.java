package org.planlens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark baseline: bare Tika text extraction of every file in a folder, on as many threads as planlens uses,
 * nothing else (no repair, extraction, export or index).
 */
public final class TikaBaseline {
    /** Extracts every file; returns the total characters, so the work cannot be optimised away. */
    public long run(Path dir, int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> futures = files.stream()
                    .map(f -> pool.submit(() -> {
                        chars.addAndGet(extract(parser, f));
                        return null;
                    }))
                    .toList();
            for (Future<Object> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return chars.get();
    }

    /** One file's text through Tika; its length in chars (0 when Tika cannot read it). */
    static long extract(AutoDetectParser parser, Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (IOException e) {
            return 0;
        }
        return handler.toString().length();
    }
}
