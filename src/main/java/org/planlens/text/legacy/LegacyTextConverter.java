package org.planlens.text.legacy;

import java.util.Optional;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;
import org.planlens.text.normalize.VietnameseSyllables;

/** Detects a legacy encoding in a piece of text and converts it; the text comes back untouched otherwise. */
public final class LegacyTextConverter {
    private final LegacyDecoder decoder;
    private final LegacyEncodingDetector detector;

    public LegacyTextConverter(LegacyTables tables, VietnameseSyllables syllables) {
        this.decoder = new LegacyDecoder(tables);
        this.detector = new LegacyEncodingDetector(decoder, syllables);
    }

    public LegacyTextConverter(ModelData models) {
        this(new LegacyTables(models), new VietnameseSyllables(models));
    }

    public static LegacyTextConverter packaged() {
        return new LegacyTextConverter(LegacyTables.packaged(), VietnameseSyllables.packaged());
    }

    /** The converted text and the encoding it was in; {@code UNICODE} and the same text when none fired. */
    public Converted convert(String text) {
        Optional<TextEncoding> found = detector.detect(text);
        return found.map(e -> new Converted(decoder.decode(text, e), e))
                .orElseGet(() -> new Converted(text, TextEncoding.UNICODE));
    }

    /** @param text the text in Unicode; @param from the encoding it was converted from */
    public record Converted(String text, TextEncoding from) {
        public boolean converted() {
            return from != TextEncoding.UNICODE;
        }
    }
}
