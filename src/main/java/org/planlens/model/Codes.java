package org.planlens.model;

import java.util.Locale;
import java.util.function.Supplier;

/** The wire code of the model's enums (PLAN_JSON.md): a constant's name in lower case, and the way back. */
final class Codes {
    private Codes() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E find(E[] values, String code, Supplier<String> unknown) {
        for (E e : values) {
            if (of(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException(unknown.get());
    }
}
