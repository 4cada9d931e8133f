package org.planlens.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands the paths given on the command line into documents: files as they are, folders walked recursively
 * in name order, ZIP archives read entry by entry (nested folders included, nothing extracted to disk).
 * Hidden files and files of other kinds are skipped and reported; unreadable inputs are reported as failed.
 */
public final class InputScanner {
    private final InputLimits limits;
    private final PlanFileTypes types;

    public InputScanner(InputLimits limits, PlanFileTypes types) {
        this.limits = limits;
        this.types = types;
    }

    public InputScan scan(List<Path> inputs) {
        Map<String, InputDocument> documents = new LinkedHashMap<>();
        List<SkippedInput> skipped = new ArrayList<>();
        List<SkippedInput> failed = new ArrayList<>();
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                failed.add(new SkippedInput(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                walk(path, documents, skipped, failed);
            } else {
                addFile(path, documents, skipped, failed);
            }
        }
        return new InputScan(new ArrayList<>(documents.values()), skipped, failed);
    }

    private void walk(
            Path dir, Map<String, InputDocument> documents, List<SkippedInput> skipped, List<SkippedInput> failed) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(f -> addFile(f, documents, skipped, failed));
        } catch (IOException | UncheckedIOException e) {
            failed.add(new SkippedInput(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
    }

    private void addFile(
            Path file, Map<String, InputDocument> documents, List<SkippedInput> skipped, List<SkippedInput> failed) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return;
        }
        if (PlanFileTypes.isArchive(name)) {
            readArchive(file, documents, skipped, failed);
        } else if (types.isPlanFile(name)) {
            documents.putIfAbsent(file.toString(), new InputDocument(file.toString(), name, sizeOf(file)));
        } else {
            skipped.add(
                    new SkippedInput(file.toString(), "not a plan format (." + PlanFileTypes.extension(name) + ")"));
        }
    }

    private void readArchive(
            Path zip, Map<String, InputDocument> documents, List<SkippedInput> skipped, List<SkippedInput> failed) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = archive.entries();
            while (all.hasMoreElements()) {
                entries.add(all.nextElement());
                if (entries.size() > limits.maxZipEntries()) {
                    failed.add(new SkippedInput(
                            zip.toString(), "archive has more than " + limits.maxZipEntries() + " entries"));
                    return;
                }
            }
            entries.sort(Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                String entryName = entry.getName();
                String location = zip + InputDocument.ARCHIVE_SEPARATOR + entryName;
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (ZipEntryNames.isUnsafe(entryName)) {
                    failed.add(new SkippedInput(
                            location, "unsafe entry name (absolute or climbs out with ../); not read"));
                } else if (name.startsWith(".") || entryName.startsWith("__MACOSX/")) {
                    continue;
                } else if (PlanFileTypes.isArchive(name)) {
                    skipped.add(new SkippedInput(location, "archive inside an archive is not read; unpack it first"));
                } else if (types.isPlanFile(name)) {
                    documents.putIfAbsent(location, new InputDocument(location, name, entry.getSize()));
                } else {
                    skipped.add(
                            new SkippedInput(location, "not a plan format (." + PlanFileTypes.extension(name) + ")"));
                }
            }
        } catch (IOException e) {
            failed.add(new SkippedInput(zip.toString(), "not a readable ZIP archive: " + e.getMessage()));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
