package org.planlens.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.planlens.query.Rows.PlanRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The original file of a plan: the file (or the ZIP entry, {@code archive.zip!/entry}) the ingest read, as it
 * named it (relative to the folder it ran in). It is handed out only when its bytes still hash to the plan's id,
 * so the server gives the documents it indexed and nothing else of the disk.
 */
@Component
class SourceFiles {
    /** Files larger than this are not handed out (the ingest's own default limit). */
    private static final long MAX_BYTES = 200L * 1024 * 1024;

    /** A file to send: its own name and its bytes. */
    record Source(String name, byte[] bytes) {}

    /** Whether the plan's file seems to be there (the download checks its bytes). */
    boolean available(PlanRow plan) {
        String file = plan.file();
        if (file == null) return false;
        int sep = file.indexOf("!/");
        return Files.isRegularFile(Path.of(sep < 0 ? file : file.substring(0, sep)));
    }

    Source open(PlanRow plan) {
        try {
            Source s = read(plan);
            if (s == null
                    || !plan.planId()
                            .equals("plan-"
                                    + sha256(s.bytes())
                                            .substring(0, plan.planId().length() - 5))) {
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "the original file of " + plan.planId() + " (" + plan.file()
                                + ") is no longer where it was ingested from, or is no longer the same file");
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + plan.file(), e);
        }
    }

    private static Source read(PlanRow plan) throws IOException {
        String file = plan.file();
        if (file == null
                || plan.planId() == null
                || !plan.planId().startsWith("plan-")
                || plan.planId().length() < 10) {
            return null;
        }
        int sep = file.indexOf("!/");
        if (sep < 0) {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) return null;
            return new Source(p.getFileName().toString(), Files.readAllBytes(p));
        }
        Path archive = Path.of(file.substring(0, sep));
        if (!Files.isRegularFile(archive)) return null;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry e = zip.getEntry(file.substring(sep + 2));
            if (e == null || e.isDirectory()) return null;
            byte[] bytes;
            try (InputStream in = zip.getInputStream(e)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) return null;
            return new Source(e.getName().substring(e.getName().lastIndexOf('/') + 1), bytes);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
