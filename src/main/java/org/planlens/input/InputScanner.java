package org.planlens.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands the paths given on the command line into documents: files as they are, folders walked recursively
 * in name order, ZIP archives read entry by entry (nested folders included, nothing extracted to disk).
 * Hidden files are passed over; files of other kinds, links that lead out of the inputs or to folders, FIFOs and
 * devices, and the output folder (when it lies under an input) are skipped and reported; inputs and folders
 * that cannot be read are reported as failed and the rest is read.
 */
public final class InputScanner {
    private final InputLimits limits;
    private final PlanFileTypes types;
    private final List<Path> excluded;

    /** A scanner that reads everything of {@code types} under the inputs. */
    public InputScanner(InputLimits limits, PlanFileTypes types) {
        this(limits, types, List.of());
    }

    /** A scanner that never reads what lies in {@code excluded} (the ingest's own output folder). */
    public InputScanner(InputLimits limits, PlanFileTypes types, List<Path> excluded) {
        this.limits = limits;
        this.types = types;
        this.excluded = excluded.stream().map(InputScanner::real).toList();
    }

    /** What one scan found, gathered as it goes. */
    private static final class Found {
        final Map<String, InputDocument> documents = new LinkedHashMap<>();
        final List<SkippedInput> skipped = new ArrayList<>();
        final List<SkippedInput> failed = new ArrayList<>();
        /** The inputs as the file system resolves them: a link may lead anywhere under them, nowhere else. */
        final List<Path> roots = new ArrayList<>();
    }

    public InputScan scan(List<Path> inputs) {
        Found found = new Found();
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (Files.exists(path)) {
                found.roots.add(real(path));
            }
        }
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                found.failed.add(new SkippedInput(
                        input.toString(),
                        Files.isSymbolicLink(path) ? "symbolic link to nothing (dangling)" : "no such file or folder"));
            } else if (excludedFolder(real(path)).isPresent()) {
                found.failed.add(new SkippedInput(
                        input.toString(), "in the output folder of this ingest; output is never read as input"));
            } else if (Files.isDirectory(path)) {
                // a folder named through a link is walked where it is: the walk itself follows no links
                walk(Files.isSymbolicLink(path) ? real(path) : path, found);
            } else if (Files.isRegularFile(path)) {
                addFile(path, found);
            } else {
                found.failed.add(new SkippedInput(input.toString(), notRegular(path)));
            }
        }
        return new InputScan(new ArrayList<>(found.documents.values()), found.skipped, found.failed);
    }

    /**
     * Walks a folder without following links: a link to a file is read when its target lies under an input, a
     * link to a folder is not followed. A folder that cannot be listed is reported and the walk goes on.
     */
    private void walk(Path dir, Found found) {
        List<Path> files = new ArrayList<>();
        FileVisitor<Path> visitor = new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                Optional<Path> out = excludedFolder(real(d));
                if (out.isPresent()) {
                    found.skipped.add(new SkippedInput(
                            d.toString(), "the output folder of this ingest; output is never read as input"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    link(file, found).ifPresent(files::add);
                } else if (attrs.isRegularFile()) {
                    files.add(file);
                } else {
                    found.skipped.add(new SkippedInput(file.toString(), notRegular(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String what =
                        Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "cannot list folder: " : "cannot read: ";
                found.failed.add(new SkippedInput(file.toString(), what + describe(e)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (e != null) {
                    found.failed.add(new SkippedInput(d.toString(), "cannot list folder: " + describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        };
        try {
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            found.failed.add(new SkippedInput(dir.toString(), "cannot list folder: " + describe(e)));
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) {
            addFile(f, found);
        }
    }

    /** The link itself when it may be read (a file under the inputs); otherwise reported as skipped. */
    private Optional<Path> link(Path file, Found found) {
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            found.skipped.add(new SkippedInput(file.toString(), "symbolic link to nothing (dangling); not read"));
            return Optional.empty();
        } catch (IOException e) {
            found.skipped.add(
                    new SkippedInput(file.toString(), "symbolic link that cannot be followed: " + describe(e)));
            return Optional.empty();
        }
        if (Files.isDirectory(target)) {
            found.skipped.add(new SkippedInput(file.toString(), "symbolic link to a folder; not followed"));
        } else if (found.roots.stream().noneMatch(target::startsWith)
                || excludedFolder(target).isPresent()) {
            found.skipped.add(new SkippedInput(
                    file.toString(), "symbolic link to " + target + ", outside the inputs; not followed"));
        } else if (!Files.isRegularFile(target)) {
            found.skipped.add(new SkippedInput(file.toString(), notRegular(target)));
        } else {
            return Optional.of(file);
        }
        return Optional.empty();
    }

    private void addFile(Path file, Found found) {
        String name = file.getFileName().toString();
        if (hidden(file)) {
            return;
        }
        if (PlanFileTypes.isArchive(name)) {
            readArchive(file, found);
        } else if (types.isPlanFile(name)) {
            found.documents.putIfAbsent(file.toString(), new InputDocument(file.toString(), name, sizeOf(file)));
        } else {
            found.skipped.add(
                    new SkippedInput(file.toString(), "not a plan format (." + PlanFileTypes.extension(name) + ")"));
        }
    }

    private void readArchive(Path zip, Found found) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = archive.entries();
            while (all.hasMoreElements()) {
                entries.add(all.nextElement());
                if (entries.size() > limits.maxZipEntries()) {
                    found.failed.add(new SkippedInput(
                            zip.toString(), "archive has more than " + limits.maxZipEntries() + " entries"));
                    return;
                }
            }
            entries.sort(Comparator.comparing(ZipEntry::getName));
            Set<String> names = new HashSet<>();
            for (ZipEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                String entryName = entry.getName();
                String location = zip + InputDocument.ARCHIVE_SEPARATOR + entryName;
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (ZipEntryNames.isUnsafe(entryName)) {
                    found.failed.add(new SkippedInput(
                            location, "unsafe entry name (absolute or climbs out with ../); not read"));
                } else if (name.startsWith(".") || entryName.startsWith("__MACOSX/")) {
                    continue;
                } else if (!names.add(entryName)) {
                    found.skipped.add(new SkippedInput(
                            location,
                            "another entry of the archive has the same name; only the first in the archive is read"));
                } else if (PlanFileTypes.isArchive(name)) {
                    found.skipped.add(
                            new SkippedInput(location, "archive inside an archive is not read; unpack it first"));
                } else if (types.isPlanFile(name)) {
                    found.documents.putIfAbsent(location, new InputDocument(location, name, entry.getSize()));
                } else {
                    found.skipped.add(
                            new SkippedInput(location, "not a plan format (." + PlanFileTypes.extension(name) + ")"));
                }
            }
        } catch (IOException e) {
            found.failed.add(new SkippedInput(zip.toString(), "not a readable ZIP archive: " + e.getMessage()));
        }
    }

    /** The excluded folder that holds {@code realPath}, if any. */
    private Optional<Path> excludedFolder(Path realPath) {
        return excluded.stream().filter(realPath::startsWith).findFirst();
    }

    private static boolean hidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static String notRegular(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isOther()) {
                return "not a regular file (a FIFO, socket or device); not read";
            }
        } catch (IOException e) {
            return "cannot read: " + describe(e);
        }
        return "not a regular file; not read";
    }

    /** An I/O error as one line: its kind (the JDK's message is often only the path) and its message. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            message = f.getReason();
        }
        return message == null ? kind : kind + " (" + message + ")";
    }

    /** The path as the file system resolves it, links and all; the path itself when it cannot be resolved. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
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
