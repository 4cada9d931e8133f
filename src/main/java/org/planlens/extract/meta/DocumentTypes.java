package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.model.DocumentType;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Document kinds of {@code models/document-types.tsv} (columns: type code, type word, symbol code, display form).
 */
public final class DocumentTypes {
    /** One kind: its code, its type word folded, its symbol code and how titles write it. */
    public record Kind(DocumentType type, String folded, String symbol, String display) {}

    private final List<Kind> kinds = new ArrayList<>();

    public DocumentTypes(ModelData models) {
        for (String[] row : models.tsv("document-types.tsv")) {
            if (row.length < 4) {
                throw new IllegalArgumentException(
                        "models/document-types.tsv: row needs code, word, symbol, display: " + String.join("\t", row));
            }
            kinds.add(new Kind(DocumentType.fromCode(row[0]), Fold.key(row[1]), row[2], row[3]));
        }
    }

    /** The kind a type line names ("KẾ HOẠCH", "QUYẾT ĐỊNH:"), if the whole line is a type word. */
    public Optional<Kind> ofTypeLine(String line) {
        if (!VietCase.isUpper(line)) {
            return Optional.empty();
        }
        String key = Fold.key(line);
        return kinds.stream().filter(k -> k.folded().equals(key)).findFirst();
    }

    /** The kind a number's symbol gives ("KH" in "12/KH-UBND"). */
    public Optional<Kind> ofSymbol(String number) {
        int slash = number.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String symbol = number.substring(slash + 1).split("-", 2)[0];
        return kinds.stream().filter(k -> k.symbol().equalsIgnoreCase(symbol)).findFirst();
    }
}
