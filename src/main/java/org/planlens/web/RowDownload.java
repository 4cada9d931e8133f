package org.planlens.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.planlens.export.RowFormat;
import org.planlens.export.RowWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Rows as the CLI's {@code --format json|csv} writes them, byte for byte ({@link RowWriter}): JSON shown, CSV
 * downloaded as {@code NAME.csv} (UTF-8 with a byte-order mark, so spreadsheets read the accents).
 */
final class RowDownload {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RowDownload() {}

    static ResponseEntity<byte[]> of(
            List<? extends Record> rows, Class<? extends Record> rowType, RowFormat format, String name) {
        return of(rows, rowType, format, name, rows.size());
    }

    /** The rows, saying in {@code X-Total-Count} how many the whole listing has, exactly. */
    static ResponseEntity<byte[]> of(
            List<? extends Record> rows, Class<? extends Record> rowType, RowFormat format, String name, long total) {
        return of(rows, rowType, format, name, total, true);
    }

    /**
     * The rows, saying in {@code X-Total-Count} how many the whole listing has (a page of search hits), and in
     * {@code X-Total-Relation} whether that is exact ({@code eq}) or a lower bound ({@code gte}, counting stopped).
     */
    static ResponseEntity<byte[]> of(
            List<? extends Record> rows,
            Class<? extends Record> rowType,
            RowFormat format,
            String name,
            long total,
            boolean exact) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format == RowFormat.CSV) bytes.writeBytes(BOM);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            RowWriter.of(format).write(rows, rowType, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(total))
                .header("X-Total-Relation", exact ? "eq" : "gte");
        if (format == RowFormat.CSV) {
            ok.contentType(CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name + ".csv")
                                    .build()
                                    .toString());
        } else {
            ok.contentType(MediaType.APPLICATION_JSON);
        }
        return ok.body(bytes.toByteArray());
    }
}
