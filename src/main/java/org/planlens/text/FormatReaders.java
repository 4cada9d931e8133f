package org.planlens.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.tika.mime.MediaType;
import org.planlens.text.markdown.MarkdownTextReader;
import org.planlens.text.ocr.ImageTextReader;
import org.planlens.text.office.OfficeTextReader;
import org.planlens.text.pdf.PdfTextReader;

/**
 * The one list of readers. A new format is a {@link FormatReader} and one line in {@link #FAMILIES}: the formats it
 * declares are then detected, read, accepted by name in folders and archives, and named in the export.
 */
public final class FormatReaders {
    private record Family(List<FileFormat> formats, Function<ReadContext, FormatReader> reader) {}

    /** Every reader, with the formats it declares; detected types are matched in this order. */
    private static final List<Family> FAMILIES = List.of(
            new Family(PdfTextReader.FORMATS, PdfTextReader::new),
            new Family(ImageTextReader.FORMATS, ImageTextReader::new),
            new Family(OfficeTextReader.FORMATS, OfficeTextReader::new),
            new Family(MarkdownTextReader.FORMATS, MarkdownTextReader::new));

    private FormatReaders() {}

    /** Every format planlens reads. */
    public static List<FileFormat> formats() {
        return FAMILIES.stream().flatMap(f -> f.formats().stream()).toList();
    }

    /** The file-name extensions of every format, the files a folder or archive is searched for. */
    public static Set<String> extensions() {
        Set<String> out = new LinkedHashSet<>();
        formats().forEach(f -> out.addAll(f.extensions()));
        return Set.copyOf(out);
    }

    /** The format of a detected media type, or empty when planlens does not read it. */
    public static Optional<FileFormat> formatOf(MediaType type) {
        return formats().stream().filter(f -> f.matches(type)).findFirst();
    }

    /** One reader of each family, built from {@code context}. */
    static List<FormatReader> create(ReadContext context) {
        return FAMILIES.stream().map(f -> f.reader().apply(context)).toList();
    }
}
