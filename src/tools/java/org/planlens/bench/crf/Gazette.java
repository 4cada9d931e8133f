package org.planlens.bench.crf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.planlens.extract.agency.Tokens;
import org.planlens.rules.ModelData;

/**
 * The CRF's gazette (CoreNLP's {@code gazette} file: {@code CLASS word word ...} a line) from the word lists the rules
 * read: head nouns of bodies (agency-kinds.tsv), fields and central bodies (agency-names.tsv, with their heads), unit
 * words (admin-units.tsv), persons' posts (person-titles.tsv) and role cues (role-cues.tsv). Each entry is given as
 * printed and in lower case, in planlens's tokens.
 */
final class Gazette {
    private Gazette() {}

    static List<String> lines(ModelData models) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : models.tsv("agency-kinds.tsv")) {
            add(out, "HEAD", row[0]);
        }
        for (String[] row : models.tsv("agency-names.tsv")) {
            List<String> names = new ArrayList<>(List.of(row[2]));
            if (row.length > 3 && !row[3].isEmpty()) {
                names.addAll(List.of(row[3].split("\\|")));
            }
            for (String name : names) {
                add(out, "field".equals(row[0]) ? "FIELD" : "BODY", name);
                if (!row[1].isBlank()) {
                    for (String head : row[1].split(" ")) {
                        add(out, "BODY", head + " " + name);
                    }
                }
            }
        }
        for (String[] row : models.tsv("admin-units.tsv")) {
            add(out, "UNIT", row[0]);
        }
        for (String[] row : models.tsv("person-titles.tsv")) {
            add(out, "POST", row[0]);
        }
        for (String[] row : models.tsv("role-cues.tsv")) {
            add(out, "CUE", row[0]);
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, String kind, String phrase) {
        String printed = Tokens.of(phrase, 0).stream().map(Tokens.Token::text).collect(Collectors.joining(" "));
        if (!printed.isEmpty()) {
            out.add(kind + " " + printed);
            out.add(kind + " " + printed.toLowerCase(Locale.ROOT));
        }
    }
}
