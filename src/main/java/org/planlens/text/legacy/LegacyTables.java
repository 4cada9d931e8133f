package org.planlens.text.legacy;

import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;

/** The TCVN3 and VNI tables, loaded once. */
public final class LegacyTables {
    private final LegacyTable tcvn3;
    private final LegacyTable vni;

    public LegacyTables(ModelData models) {
        this.tcvn3 = new LegacyTable(TextEncoding.TCVN3, models);
        this.vni = new LegacyTable(TextEncoding.VNI, models);
    }

    public static LegacyTables packaged() {
        return Holder.PACKAGED;
    }

    public LegacyTable of(TextEncoding encoding) {
        return switch (encoding) {
            case TCVN3 -> tcvn3;
            case VNI -> vni;
            case UNICODE -> throw new IllegalArgumentException("Unicode has no legacy table");
        };
    }

    private static final class Holder {
        static final LegacyTables PACKAGED = new LegacyTables(ModelData.packaged());
    }
}
