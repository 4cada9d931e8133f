package org.planlens.text;

import java.util.List;
import java.util.Locale;
import org.apache.tika.mime.MediaType;
import org.planlens.model.SourceFormat;

/**
 * A format as its reader declares it: the code the export names it by, the file-name extensions that make a file
 * in a folder or archive a plan to read, and the media types Tika's detection gives its bytes ({@code image/*}:
 * every subtype).
 */
public record FileFormat(SourceFormat format, Kind kind, List<String> extensions, List<String> mediaTypes) {
    /** What a format's name and bytes promise, for the check of files whose name and bytes disagree. */
    public enum Kind {
        /** A binary document: a file named with its extension whose bytes are {@link #TEXT} is refused. */
        BINARY,
        /** Plain text or markup, what a saved web page or an error page is detected as. */
        TEXT,
        /** Neither (RTF, images): read as the bytes say, whatever the name. */
        OTHER
    }

    public FileFormat {
        extensions = List.copyOf(extensions);
        mediaTypes = List.copyOf(mediaTypes);
    }

    public static FileFormat of(String code, Kind kind, List<String> extensions, List<String> mediaTypes) {
        return new FileFormat(SourceFormat.of(code), kind, extensions, mediaTypes);
    }

    /** Whether Tika's detected type is this format. */
    public boolean matches(MediaType type) {
        return mediaTypes.contains(type.getBaseType().toString()) || mediaTypes.contains(type.getType() + "/*");
    }

    /** The lower-case extension of a file name, without the dot; empty when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
