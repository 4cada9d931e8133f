package org.planlens.text.marks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Drops the marks e-signature software and stamps lay over a signed PDF's pages ({@code Ký bởi: ...}, {@code Cơ
 * quan: ...}, {@code Email: ...}, {@code Thời gian ký: 12.03.2025 08:15:22 +07:00}, certificate lines) from a page's
 * text, whether they come from the text layer or from OCR of the page: they are the signing, not the document, and
 * read as its text they lend it a wrong issuer, signer or date. The phrases are data ({@code
 * models/signature-marks.tsv}):
 *
 * <table>
 *   <caption>Columns of signature-marks.tsv</caption>
 *   <tr><th>kind</th><th>phrase</th></tr>
 *   <tr><td>{@code label}</td><td>a mark: a line opening with it and a colon</td></tr>
 *   <tr><td>{@code opener}</td><td>a mark: a line opening with it, colon or not</td></tr>
 *   <tr><td>{@code field}</td><td>a line opening with it and a colon, or it alone: dropped only in a run of lines
 *       holding a mark</td></tr>
 * </table>
 *
 * <p>A run is the lines of marks and fields in a row, a line between two of them included (a value the box
 * wrapped); a run without a label or opener is document text and stays.
 */
public final class SignatureMarks {
    /** A page's text without its signature marks, and the lines dropped. */
    public record Stripped(String text, List<String> dropped) {
        public Stripped {
            dropped = List.copyOf(dropped);
        }
    }

    static final String FILE = "signature-marks.tsv";
    /** Characters of a dropped line quoted in a warning. */
    private static final int QUOTED_CHARS = 80;

    private enum Kind {
        NONE,
        FIELD,
        MARK
    }

    private final Pattern labels;
    private final Pattern openers;
    private final Pattern fields;
    private final Pattern bareFields;

    public SignatureMarks(ModelData models) {
        List<String> label = new ArrayList<>();
        List<String> opener = new ArrayList<>();
        List<String> field = new ArrayList<>();
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || row[1].isBlank()) {
                throw new IllegalArgumentException("models/" + FILE
                        + ": row needs a kind (label, opener, field) and a phrase: " + String.join("\t", row));
            }
            String phrase = Pattern.quote(Fold.fold(row[1].strip())).replace(" ", "\\E\\s+\\Q");
            switch (row[0]) {
                case "label" -> label.add(phrase);
                case "opener" -> opener.add(phrase);
                case "field" -> field.add(phrase);
                default ->
                    throw new IllegalArgumentException(
                            "models/" + FILE + ": unknown kind '" + row[0] + "' (label, opener, field)");
            }
        }
        // lines open after white space, a bullet or a box's rule OCR read as a bar
        String open = "^[\\s|\\-–•*]*(?:";
        this.labels = Pattern.compile(open + String.join("|", label) + ")\\s*[:;]");
        this.openers = Pattern.compile(open + String.join("|", opener) + ")(?![\\p{L}\\p{N}])");
        this.fields = Pattern.compile(open + String.join("|", field) + ")\\s*[:;]");
        this.bareFields = Pattern.compile(open + String.join("|", field) + ")\\s*[|.]?\\s*$");
    }

    /** The packaged phrases. */
    public static SignatureMarks packaged() {
        return new SignatureMarks(ModelData.packaged());
    }

    /** {@code page} (one page's text, lines as read) without the runs of lines that are signature marks. */
    public Stripped strip(String page) {
        String[] lines = page.split("\n", -1);
        Kind[] kinds = new Kind[lines.length];
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            kinds[i] = kind(lines[i]);
            any |= kinds[i] == Kind.MARK;
        }
        if (!any) {
            return new Stripped(page, List.of());
        }
        boolean[] drop = new boolean[lines.length];
        int i = 0;
        while (i < lines.length) {
            if (kinds[i] == Kind.NONE) {
                i++;
                continue;
            }
            int end = i;
            boolean mark = false;
            int j = i;
            while (j < lines.length) {
                if (kinds[j] != Kind.NONE) {
                    mark |= kinds[j] == Kind.MARK;
                    end = j;
                    j++;
                } else if (j + 1 < lines.length && kinds[j + 1] != Kind.NONE && !lines[j].isBlank()) {
                    j++;
                } else {
                    break;
                }
            }
            if (mark) {
                for (int k = i; k <= end; k++) {
                    drop[k] = true;
                }
            }
            i = end + 1;
        }
        List<String> dropped = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            if (drop[k] && !lines[k].isBlank()) {
                dropped.add(lines[k].strip());
            }
        }
        return new Stripped(rejoin(lines, drop), dropped);
    }

    /** The lines kept, in order, one newline between each. */
    private static String rejoin(String[] lines, boolean[] drop) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int k = 0; k < lines.length; k++) {
            if (drop[k]) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            out.append(lines[k]);
            first = false;
        }
        return out.toString();
    }

    private Kind kind(String line) {
        if (line.isBlank() || line.length() > 200) {
            return Kind.NONE;
        }
        String folded = Fold.fold(line);
        if (labels.matcher(folded).find() || openers.matcher(folded).find()) {
            return Kind.MARK;
        }
        if (fields.matcher(folded).find() || bareFields.matcher(folded).find()) {
            return Kind.FIELD;
        }
        return Kind.NONE;
    }

    /** The warning for the marks dropped from page {@code page}, quoting them. */
    public static Warning warning(List<String> dropped, int page) {
        List<String> quoted = dropped.stream()
                .map(l -> l.length() > QUOTED_CHARS ? l.substring(0, QUOTED_CHARS) + "…" : l)
                .toList();
        return new Warning(
                WarningCode.SIGNATURE_OVERLAY_DROPPED,
                "signature marks laid over the page dropped from the text: " + String.join(" | ", quoted),
                page);
    }
}
