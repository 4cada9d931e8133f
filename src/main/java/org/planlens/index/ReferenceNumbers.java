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
}
