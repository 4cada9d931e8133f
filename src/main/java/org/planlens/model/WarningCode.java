package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a {@link Warning} is about (PLAN_JSON.md, {@code warnings[].code}). */
public enum WarningCode {
    /** The text (or some pages) was in TCVN3/VNI and was converted to Unicode. */
    LEGACY_ENCODING_CONVERTED,
    /** Which pages were read by OCR. */
    OCR_PAGES,
    /** Pages OCR read with low confidence. */
    OCR_LOW_CONFIDENCE,
    /** A page needed OCR and it failed. */
    OCR_FAILED,
    /** Pages needed OCR and Tesseract with Vietnamese data is not installed. */
    OCR_UNAVAILABLE,
    /** The text was cut at the limit of characters kept. */
    TEXT_TRUNCATED,
    /** A saved web page's site text (menus, notices, related documents) around the document was dropped. */
    SITE_TEXT_DROPPED,
    /** A text file in a charset source.encoding has no value for (Windows-1258, UTF-16 without BOM), decoded. */
    CHARSET_DETECTED,
    /** An RTF holds text its reader gives nothing of. */
    RTF_TEXT_UNREAD,
    /** A sentence over the length target reading takes whole was read in pieces. */
    LONG_SENTENCE,
    /** E-signature marks and stamps laid over a signed PDF's pages (signer, agency, time) dropped from its text. */
    SIGNATURE_OVERLAY_DROPPED,
    /** A date OCR made impossible (year 2921, day 61) mended from the document's other dates. */
    OCR_DATE_REPAIRED,
    /** A date OCR made impossible that nothing in the document mends: left as read, never exported as a date. */
    OCR_DATE_IMPLAUSIBLE,
    /**
     * A number OCR was unsure of a digit of (a zero it also read as 9), mended to the reading the document prints
     * elsewhere, or to the one plausible reading among the digits Tesseract weighed (a share over 100%).
     */
    OCR_NUMBER_REPAIRED,
    /** A number OCR made implausible (a share over 100%) that nothing mends: kept as read, flagged. */
    OCR_NUMBER_UNSURE,
    /**
     * A heading whose numeral OCR garbled or misread (a Roman numeral; an Arabic number whose digit Tesseract also
     * weighed as the one the sequence implies), numbered by its place in the sequence.
     */
    OCR_HEADING_RENUMBERED,
    /** A cited document's number OCR made implausible (a year after the citing document's) or read unsure. */
    OCR_REFERENCE_UNSURE,
    /** A document number OCR could not read with confidence: left out rather than given wrong. */
    OCR_NUMBER_UNREADABLE;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
