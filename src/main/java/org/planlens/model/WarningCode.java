package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a {@link Warning} is about (PLAN_JSON.md, {@code warnings[].code}). */
public enum WarningCode {
    /** The text (or some pages) was in TCVN3/VNI and was converted to Unicode. */
    LEGACY_ENCODING_CONVERTED("legacy_encoding_converted"),
    /** Which pages were read by OCR. */
    OCR_PAGES("ocr_pages"),
    /** Pages OCR read with low confidence. */
    OCR_LOW_CONFIDENCE("ocr_low_confidence"),
    /** A page needed OCR and it failed. */
    OCR_FAILED("ocr_failed"),
    /** Pages needed OCR and Tesseract with Vietnamese data is not installed. */
    OCR_UNAVAILABLE("ocr_unavailable"),
    /** The text was cut at the limit of characters kept. */
    TEXT_TRUNCATED("text_truncated"),
    /** A saved web page's site text (menus, notices, related documents) around the document was dropped. */
    SITE_TEXT_DROPPED("site_text_dropped"),
    /** A text file in a charset source.encoding has no value for (Windows-1258, UTF-16 without BOM), decoded. */
    CHARSET_DETECTED("charset_detected"),
    /** An RTF holds text its reader gives nothing of. */
    RTF_TEXT_UNREAD("rtf_text_unread"),
    /** A sentence over the length target reading takes whole was read in pieces. */
    LONG_SENTENCE("long_sentence"),
    /** E-signature marks and stamps laid over a signed PDF's pages (signer, agency, time) dropped from its text. */
    SIGNATURE_OVERLAY_DROPPED("signature_overlay_dropped"),
    /** A date OCR made impossible (year 2921, day 61) mended from the document's other dates. */
    OCR_DATE_REPAIRED("ocr_date_repaired"),
    /** A date OCR made impossible that nothing in the document mends: left as read, never exported as a date. */
    OCR_DATE_IMPLAUSIBLE("ocr_date_implausible"),
    /**
     * A number OCR was unsure of a digit of (a zero it also read as 9), mended to the reading the document prints
     * elsewhere.
     */
    OCR_NUMBER_REPAIRED("ocr_number_repaired"),
    /** A Roman heading whose numeral OCR garbled or misread, numbered by its place in the sequence. */
    OCR_HEADING_RENUMBERED("ocr_heading_renumbered"),
    /** A cited document's number OCR made implausible (a year after the citing document's) or read unsure. */
    OCR_REFERENCE_UNSURE("ocr_reference_unsure"),
    /** A document number OCR could not read with confidence: left out rather than given wrong. */
    OCR_NUMBER_UNREADABLE("ocr_number_unreadable");

    private final String code;

    WarningCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
