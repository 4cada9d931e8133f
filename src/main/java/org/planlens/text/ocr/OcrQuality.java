package org.planlens.text.ocr;

import java.util.List;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;

/** When an OCR reading is too unsure to trust without a look, and how that is reported. */
public final class OcrQuality {
    /** Mean word confidence below which a page is reported: clean scans read at 85-95. */
    public static final double LOW_CONFIDENCE = 60;

    private OcrQuality() {}

    /** One {@code ocr_low_confidence} warning naming the pages, on the first of them. */
    public static void warnLowConfidence(List<Integer> pages, List<Warning> warnings) {
        if (!pages.isEmpty()) {
            warnings.add(new Warning(
                    WarningCode.OCR_LOW_CONFIDENCE,
                    "OCR mean word confidence below " + (int) LOW_CONFIDENCE + " on pages " + pages,
                    pages.get(0)));
        }
    }
}
