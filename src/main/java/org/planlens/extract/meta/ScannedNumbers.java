package org.planlens.extract.meta;

import java.util.List;
import java.util.Optional;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.structure.ScanDoubts;

/**
 * The metadata of an OCRed document without the numbers OCR may have got wrong: a document number is left out
 * (with a warning) when its own number is not all digits as read, when Tesseract read it with low confidence
 * (numbers written in by hand at signing are common on signed scans), or when Tesseract weighed another digit for
 * one of its digits (a zero with a dot in it also a 9): a wrong number joins the plan to another document, an empty
 * one only says it is unknown; a date part out of range (a year OCR made 2921 and no other date
 * of the document mended) is left out.
 */
public final class ScannedNumbers {
    private ScannedNumbers() {}

    /**
     * {@code metadata} with the numbers it cannot trust left out; {@code doubts} are the words Tesseract read with
     * low confidence or was unsure of a digit of, {@code slot} what the header prints in the place of its number
     * when that is not blank (marks OCR made of a number written by hand, read as no number), warnings go to
     * {@code warnings}.
     */
    public static Metadata check(Metadata metadata, ScanDoubts doubts, Optional<String> slot, List<Warning> warnings) {
        String number = metadata.number();
        if (number == null && slot.isPresent()) {
            warnings.add(Warning.of(
                    WarningCode.OCR_NUMBER_UNREADABLE,
                    "no document number read: its place on the scan reads '" + slot.get() + "' (handwritten?)"));
        }
        if (number != null) {
            String reason = doubt(number, doubts);
            if (reason != null) {
                warnings.add(Warning.of(
                        WarningCode.OCR_NUMBER_UNREADABLE,
                        "document number read as '" + number + "' from the scan left out: " + reason));
                number = null;
            }
        }
        return new Metadata(
                metadata.title(),
                metadata.documentType(),
                number,
                plausible(metadata.issueDate()),
                metadata.issuer(),
                metadata.period(),
                metadata.signer());
    }

    /** Why the number read cannot be trusted; null when it can. */
    private static String doubt(String number, ScanDoubts doubts) {
        int slash = number.indexOf('/');
        String own = slash < 0 ? number : number.substring(0, slash);
        if (!own.chars().allMatch(Character::isDigit)) {
            return "its own number '" + own + "' is not all digits";
        }
        for (String word : doubts.lowConfidence()) {
            String digits = word.replaceFirst("^\\D+", "");
            if (digits.startsWith(own)
                    && (digits.length() == own.length() || !Character.isDigit(digits.charAt(own.length())))) {
                return "Tesseract read '" + word + "' with low confidence (handwritten?)";
            }
        }
        return doubts.otherReading(number)
                .map(other ->
                        "Tesseract weighed another digit for one of its digits: it may as well be '" + other + "'")
                .orElse(null);
    }

    private static PartialDate plausible(PartialDate d) {
        if (d == null) {
            return null;
        }
        Integer year = d.year() != null && (d.year() < 1945 || d.year() > 2099) ? null : d.year();
        Integer month = d.month() != null && (d.month() < 1 || d.month() > 12) ? null : d.month();
        Integer day = d.day() != null && (d.day() < 1 || d.day() > 31) ? null : d.day();
        return year == d.year() && month == d.month() && day == d.day() ? d : new PartialDate(year, month, day);
    }
}
