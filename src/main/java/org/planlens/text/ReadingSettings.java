package org.planlens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.pdfbox.util.Version;
import org.apache.tika.Tika;
import org.planlens.rules.NumberingGrammar;
import org.planlens.text.ocr.OcrOptions;

/**
 * Everything the text of a document depends on besides its bytes, as one key: the reading code (the classes of
 * {@code org.planlens.text} as built), PDFBox's and Tika's versions, the text limit, the OCR language and dpi, the
 * OCR engine and its language data, and the model files reading loads (legacy encoding tables, syllable list,
 * legacy fonts, OCR noise) and the numbering grammar (paragraphs and table rows are found by their numbers). Not
 * the extraction rules: a text read once serves every later rule change. The OCR engine is known by its files (the
 * program, its library, the language data: path, size, modification time), so making the key starts no process.
 */
public final class ReadingSettings {
    private static final String CODE_PREFIX = "org/planlens/text/";
    private static final List<Path> LIBRARY_DIRS =
            List.of(Path.of("/usr/lib"), Path.of("/usr/local/lib"), Path.of("/lib"));
    private static final List<String> TESSDATA_DIRS =
            List.of("/usr/share/tesseract-ocr", "/usr/share/tessdata", "/usr/local/share/tessdata");

    private ReadingSettings() {}

    /**
     * The key for reading with these options; {@code readingModels} is the fingerprint of the model files the
     * {@link DocumentTextReader} loaded.
     */
    public static String key(TextReadOptions read, OcrOptions ocr, String readingModels) {
        TreeMap<String, String> parts = new TreeMap<>();
        parts.put("code", codeHash());
        parts.put("pdfbox", Version.getVersion());
        parts.put("tika", Tika.getString());
        parts.put("maxChars", Integer.toString(read.maxChars()));
        parts.put("ocr", ocr.language() + "@" + ocr.dpi());
        parts.put("engine", String.join(";", engineFiles(ocr)));
        parts.put("models", readingModels);
        parts.put("numbering", NumberingGrammar.packaged().fingerprint());
        return sha256(parts.toString()).substring(0, 24);
    }

    /** A hash of the reading code's class files, from the jar or class folder they were loaded from. */
    private static String codeHash() {
        CodeSource source = ReadingSettings.class.getProtectionDomain().getCodeSource();
        try {
            return codeHash(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A hash of the class files of {@code org.planlens.text} in the jar or class folder {@code where}: only those,
     * so code that uses a text after reading (placing records on pages at export) keeps the texts cached.
     */
    static String codeHash(Path where) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(where)) {
                Path root = where.resolve(CODE_PREFIX);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class"))
                            .sorted()
                            .toList()) {
                        d.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        d.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = jar.stream()
                            .filter(e -> e.getName().startsWith(CODE_PREFIX)
                                    && e.getName().endsWith(".class"))
                            .sorted((a, b) -> a.getName().compareTo(b.getName()))
                            .toList();
                    for (JarEntry e : entries) {
                        d.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            d.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reading code to key the text cache", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OCR program, its library and the language data it would use, each as path, size and time. */
    private static List<String> engineFiles(OcrOptions ocr) {
        List<Path> files = new ArrayList<>();
        String program = System.getProperty("planlens.tesseract", "tesseract");
        onPath(program).ifPresent(files::add);
        for (Path dir : LIBRARY_DIRS) {
            files.addAll(find(dir, 2, name -> name.startsWith("libtesseract.so")));
        }
        List<String> data = new ArrayList<>();
        for (String lang : ocr.language().split("\\+")) data.add(lang + ".traineddata");
        data.add("osd.traineddata");
        String prefix = System.getenv("TESSDATA_PREFIX");
        List<Path> dirs = new ArrayList<>();
        if (prefix != null) dirs.add(Path.of(prefix));
        TESSDATA_DIRS.forEach(d -> dirs.add(Path.of(d)));
        for (Path dir : dirs) {
            files.addAll(find(dir, 3, data::contains));
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                Path real = f.toRealPath();
                out.add(real + ":" + Files.size(real) + ":"
                        + Files.getLastModifiedTime(real).toMillis());
            } catch (IOException gone) {
                // a dangling link: not part of the engine
            }
        }
        out.sort(null);
        return out;
    }

    private static Optional<Path> onPath(String program) {
        if (program.contains("/")) return Optional.of(Path.of(program));
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    private static List<Path> find(Path dir, int depth, Predicate<String> name) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(p -> name.test(p.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
