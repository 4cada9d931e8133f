package org.planlens.input;

import java.util.Locale;
import java.util.Set;

/** File name endings read as plans; anything else found in a folder or archive is skipped and reported. */
public final class PlanFileTypes {
    private static final Set<String> PLAN_EXTENSIONS = Set.of(
            "pdf",
            "docx",
            "doc",
            "odt",
            "rtf",
            "html",
            "htm",
            "xhtml",
            "txt",
            "md",
            "markdown",
            "png",
            "jpg",
            "jpeg",
            "tif",
            "tiff",
            "bmp",
            "gif");

    private PlanFileTypes() {}

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isPlanFile(String name) {
        return PLAN_EXTENSIONS.contains(extension(name));
    }

    public static boolean isArchive(String name) {
        return extension(name).equals("zip");
    }
}
