package org.planlens.text;

import org.planlens.rules.ModelData;
import org.planlens.text.legacy.LegacyTables;
import org.planlens.text.legacy.LegacyTextConverter;
import org.planlens.text.marks.SignatureMarks;
import org.planlens.text.normalize.VietnameseSyllables;
import org.planlens.text.ocr.OcrNoiseRepairer;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/**
 * What readers are built from, made once and shared: the options, the model files, the syllable list and legacy
 * tables loaded from them, the signature marks pages drop, and the one OCR pool (so the machine never runs more
 * tesseract processes than cores).
 */
public record ReadContext(
        TextReadOptions options,
        ModelData models,
        VietnameseSyllables syllables,
        LegacyTables legacyTables,
        LegacyTextConverter legacy,
        SignatureMarks marks,
        PageOcr ocr) {

    public static ReadContext of(TextReadOptions readOptions, OcrOptions ocrOptions, ModelData models) {
        VietnameseSyllables syllables = new VietnameseSyllables(models);
        LegacyTables tables = new LegacyTables(models);
        return new ReadContext(
                readOptions,
                models,
                syllables,
                tables,
                new LegacyTextConverter(tables, syllables),
                new SignatureMarks(models),
                new PageOcr(ocrOptions, new OcrNoiseRepairer(models, syllables)));
    }
}
