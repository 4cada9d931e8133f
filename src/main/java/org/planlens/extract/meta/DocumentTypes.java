package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planlens.model.DocumentType;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Document kinds of {@code models/document-types.tsv} (columns: type code, type word, symbol code or {@code -},
 * display form).
 */
public final class DocumentTypes {
    /** One kind: its code, its type word folded, its symbol code (may be empty) and how titles write it. */
    public record Kind(DocumentType type, String folded, String symbol, String display) {}

    /** A kind printed at the start of a line of capitals, and the subject after it. */
    public record Opening(Kind kind, String subject) {}

    private final List<Kind> kinds = new ArrayList<>();
    /** The kind marked "letter": a header with a "V/v ..." subject and no type word (an official letter). */
    private final List<Kind> letters = new ArrayList<>();
    /** Kinds marked "act": like a decision, a plan they issue makes them quyet_dinh ("NGHỊ QUYẾT / Ban hành ..."). */
    private final List<Kind> acts = new ArrayList<>();
    /** Subject openings that tell a kind without its type word (models/untyped-titles.tsv). */
    private final List<Map.Entry<String, DocumentType>> untypedOpenings = new ArrayList<>();
    /** Folded words before a type word that mark the document's state ("du thao"), from type-line-marks.tsv. */
    private final List<String> marks = new ArrayList<>();

    public DocumentTypes(ModelData models) {
        for (String[] row : models.tsv("document-types.tsv")) {
            if (row.length < 4) {
                throw new IllegalArgumentException(
                        "models/document-types.tsv: row needs code, word, symbol, display: " + String.join("\t", row));
            }
            String symbol = row[2].equals("-") ? "" : row[2];
            Kind kind = new Kind(DocumentType.fromCode(row[0]), Fold.key(row[1]), symbol, row[3]);
            kinds.add(kind);
            if (row.length > 4 && row[4].equals("letter")) {
                letters.add(kind);
            } else if (row.length > 4 && row[4].equals("act")) {
                acts.add(kind);
            } else if (row.length > 4 && !row[4].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/document-types.tsv: the fifth column is \"letter\", \"act\" or empty: "
                                + String.join("\t", row));
            }
        }
        if (letters.size() != 1) {
            throw new IllegalArgumentException(
                    "models/document-types.tsv: exactly one kind is marked \"letter\", found " + letters.size());
        }
        for (String[] row : models.tsv("untyped-titles.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/untyped-titles.tsv: row needs opening words and a code: " + String.join("\t", row));
            }
            untypedOpenings.add(Map.entry(Fold.key(row[0]), DocumentType.fromCode(row[1])));
        }
        for (String[] row : models.tsv("type-line-marks.tsv")) {
            marks.add(Fold.key(row[0]));
        }
    }

    /** The kind a type line names ("KẾ HOẠCH", "QUYẾT ĐỊNH:"), if the whole line is a type word. */
    public Optional<Kind> ofTypeLine(String line) {
        if (!VietCase.isUpper(line)) {
            return Optional.empty();
        }
        String key = withoutMark(Fold.key(line));
        return kinds.stream().filter(k -> k.folded().equals(key)).findFirst();
    }

    /** "du thao bao cao": the type line's key without a mark of the document's state before its type word. */
    private String withoutMark(String key) {
        for (String m : marks) {
            if (key.startsWith(m + " ")) {
                return key.substring(m.length() + 1);
            }
        }
        return key;
    }

    /** "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025": a type word opening a line of capitals, and its subject. */
    public Optional<Opening> ofOpening(String line) {
        String l = line.strip();
        if (!VietCase.isUpper(l)) {
            return Optional.empty();
        }
        String key = Fold.key(l);
        for (Kind k : kinds) {
            if (key.startsWith(k.folded() + " ")) {
                // the type word's letters, counted in the printed line, end where the subject starts
                int words = k.folded().split(" ").length;
                String[] printed = l.split("\\s+", words + 1);
                if (printed.length > words
                        && Fold.key(String.join(" ", List.of(printed).subList(0, words)))
                                .equals(k.folded())) {
                    return Optional.of(new Opening(k, printed[words]));
                }
            }
        }
        return Optional.empty();
    }

    /** The fewest words in capitals after a type word inside a line that make it a subject, not a mention. */
    private static final int RUN_IN_WORDS = 3;

    /**
     * "... Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ... Căn cứ ...": a header a page ran
     * into one line, its type word in capitals inside it after the number or date (not a body's name: "SỞ KẾ HOẠCH
     * VÀ ĐẦU TƯ"): the kind and the words in capitals (or figures) after it.
     */
    public Optional<Opening> ofRunIn(String line) {
        List<String> w = List.of(line.strip().split("\\s+"));
        boolean dated = false;
        for (int i = 1; i < w.size(); i++) {
            dated |= w.get(i - 1).chars().anyMatch(Character::isDigit);
            if (!dated) {
                continue;
            }
            for (Kind k : kinds) {
                int n = k.folded().split(" ").length;
                if (i + n >= w.size()) {
                    continue;
                }
                String head = String.join(" ", w.subList(i, i + n));
                if (!VietCase.isUpper(head) || !Fold.key(head).equals(k.folded())) {
                    continue;
                }
                int end = i + n;
                while (end < w.size()
                        && (VietCase.isUpper(w.get(end)) || w.get(end).matches("[\\d\\p{P}]+"))) {
                    end++;
                }
                if (end - i - n >= RUN_IN_WORDS) {
                    return Optional.of(new Opening(k, String.join(" ", w.subList(i + n, end))));
                }
            }
        }
        return Optional.empty();
    }

    /** The kind whose display form opens a sentence-case title ("Kế hoạch cải cách hành chính năm 2026"). */
    public Optional<Kind> ofTitle(String title) {
        String key = Fold.key(title);
        return kinds.stream()
                .filter(k -> key.equals(k.folded()) || key.startsWith(k.folded() + " "))
                .findFirst();
    }

    /** The type a subject printed without its type word tells ("Kết quả giải quyết ..." is a report), or other. */
    public DocumentType ofUntitled(String subject) {
        String key = Fold.key(subject);
        return untypedOpenings.stream()
                .filter(e -> key.equals(e.getKey()) || key.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(DocumentType.OTHER);
    }

    /** The kind a number's symbol gives ("KH" in "12/KH-UBND", "NQ" in "77/2025/NQ-HĐND"). */
    public Optional<Kind> ofSymbol(String number) {
        int slash = number.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String symbol = number.substring(slash + 1).split("-", 2)[0];
        return kinds.stream()
                .filter(k -> !k.symbol().isEmpty() && k.symbol().equalsIgnoreCase(symbol))
                .findFirst();
    }

    /** Whether the kind is an act that is quyet_dinh when it issues a plan (the rows marked "act"). */
    public boolean isAct(Kind kind) {
        return acts.contains(kind);
    }

    /** The kind of an official letter, which prints no type word: the row marked "letter". */
    public Kind letter() {
        return letters.get(0);
    }
}
