package org.planlens.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.planlens.export.AtomicFiles;
import org.planlens.text.ExtractedText;
import org.planlens.text.ReadingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts documents' reading produced (OCR included), kept under the output folder by file hash and reading
 * settings ({@link ReadingSettings}), so a change of extraction rules re-runs extraction and indexing only, and a
 * change of reading settings reads again. One gzipped JSON file per text
 * ({@code text-cache/ab/<sha256>-<key>.json.gz}), written atomically, so workers sharing the output folder share it
 * too. Only texts read without failure are kept.
 * Thread-safe.
 */
public final class TextCache {
    private static final Logger LOG = LoggerFactory.getLogger(TextCache.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;
    private final String settings;

    /** A cache in {@code outDir/text-cache} for texts read with the settings {@code settingsKey}. */
    public TextCache(Path outDir, String settingsKey) {
        this.dir = outDir.resolve("text-cache");
        this.settings = settingsKey;
    }

    /** The text read before from the file with this SHA-256 with the same settings, if kept. */
    public Optional<ExtractedText> get(String sha256) {
        Path file = file(sha256);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(JSON.readValue(in, ExtractedText.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // a damaged entry is read again and rewritten
            LOG.debug("unreadable text cache entry {}", file, e);
            return Optional.empty();
        }
    }

    public void put(String sha256, ExtractedText text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, text);
        }
        AtomicFiles.write(file(sha256), bytes.toByteArray());
    }

    private Path file(String sha256) {
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + "-" + settings + ".json.gz");
    }
}
