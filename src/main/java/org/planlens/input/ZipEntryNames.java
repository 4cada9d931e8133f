package org.planlens.input;

/** Entry names a safe reader refuses: absolute paths and names that climb out of the archive. */
final class ZipEntryNames {
    private ZipEntryNames() {}

    static boolean isUnsafe(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
