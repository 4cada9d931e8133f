package org.planlens.index;

import java.util.Locale;
import org.planlens.rules.Fold;

/**
 * The spelling-free form of a document number as PLAN_JSON.md defines the reference key: lower case, no
 * diacritics, {@code đ} to {@code d}, no spaces, dashes unified; so {@code 3611/QĐ-UBND} and
 * {@code 3611 / qd - ubnd} are one number.
 */
public final class ReferenceNumbers {
    private ReferenceNumbers() {}

    public static String normalise(String number) {
        return Fold.fold(number)
                .replace('–', '-')
                .replace('—', '-')
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The cited document a reference stands for: its key, else its normalised number, else its type and name folded
     * ({@link #nameKey}); what `references` groups by.
     */
    public static String groupKey(String key, String number, String type, String name) {
        if (key != null) return key;
        if (number != null) return normalise(number);
        return nameKey(type, name);
    }

    /** The group of a reference with neither key nor number: its type and name, folded, either may be missing. */
    public static String nameKey(String type, String name) {
        return Fold.key((type == null ? "" : type) + ":" + (name == null ? "" : name));
    }
}
