package org.planlens.input;

import java.util.Locale;
import java.util.Set;

/**
 * File name endings read as plans (the extensions the readers declare, handed in by the caller); anything else
 * found in a folder or archive is skipped and reported.
 */
public final class PlanFileTypes {
    private final Set<String> planExtensions;

    public PlanFileTypes(Set<String> planExtensions) {
        this.planExtensions = Set.copyOf(planExtensions);
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public boolean isPlanFile(String name) {
        return planExtensions.contains(extension(name));
    }

    public static boolean isArchive(String name) {
        return extension(name).equals("zip");
    }
}
