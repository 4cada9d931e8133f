package org.planlens.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Where the rule files and gazetteers of {@code models/} are read from: a folder given by the user, else the copy
 * packaged in the jar. A file that is missing or unreadable fails start-up with its name.
 *
 * <p>TSV gazetteers: UTF-8, one entry a line, fields separated by tabs, {@code #} starts a comment line, blank
 * lines ignored. Every field is NFC-normalised on load.
 */
public final class ModelData {
    private static final String CLASSPATH_ROOT = "models/";
    private final Path folder;
    /** Every file read so far and a hash of its content, for {@link #fingerprint()}. */
    private final ConcurrentSkipListMap<String, Integer> loaded = new ConcurrentSkipListMap<>();

    private ModelData(Path folder) {
        this.folder = folder;
    }

    /** The models packaged with planlens. */
    public static ModelData packaged() {
        return new ModelData(null);
    }

    /**
     * Models read from {@code folder} (for trying edited rules without a rebuild). The numbering grammar and the
     * spellings are read from the build only (compiled once into the readers of numbers and of agency words), so a
     * folder whose copy of one differs is refused rather than silently not used.
     */
    public static ModelData from(Path folder) {
        for (String buildOnly : List.of(NumberingGrammar.FILE, Spellings.FILE)) {
            // read by throwaway instances, so the check leaves no trace in the fingerprint of what the run reads
            if (Files.isRegularFile(folder.resolve(buildOnly))
                    && !new ModelData(folder).text(buildOnly).equals(packaged().text(buildOnly))) {
                throw new IllegalArgumentException("models folder " + folder + ": " + buildOnly
                        + " differs from the one built into planlens; it is read from the build only"
                        + " (edit models/" + buildOnly + " in the project and let ./planlens rebuild)");
            }
        }
        return new ModelData(folder);
    }

    /** The whole file as text. */
    public String text(String name) {
        try (InputStream in = open(name)) {
            String text =
                    Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            loaded.put(name, text.hashCode());
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + describe(name) + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a TSV gazetteer, comments and blank lines left out. */
    public List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            String l = line.stripTrailing();
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] fields = l.split("\t", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            rows.add(fields);
        }
        return rows;
    }

    /** A fingerprint of every model file read so far, so outputs made with other rules are re-made. */
    public String fingerprint() {
        return Integer.toHexString(loaded.toString().hashCode());
    }

    private InputStream open(String name) throws IOException {
        if (folder != null) {
            Path p = folder.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw new IOException("no such file");
            }
            return Files.newInputStream(p);
        }
        InputStream in = ModelData.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name);
        if (in == null) {
            throw new IOException("not packaged in the jar");
        }
        return in;
    }

    private String describe(String name) {
        return folder != null ? folder.resolve(name).toString() : CLASSPATH_ROOT + name + " (packaged)";
    }
}
