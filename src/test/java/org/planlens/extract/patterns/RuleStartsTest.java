package org.planlens.extract.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planlens.extract.meta.NamedPatterns;
import org.planlens.rules.ModelData;
import org.planlens.support.Seeds;

/**
 * Scanning only where a rule can start finds what {@link Matcher#find} finds, match for match, with the packaged
 * rules that use it: the numbered citation rule (opens with a kind of document, any case), the figure rules (open
 * with a digit) and a case-sensitive rule opening with unit words. Texts: the seeds as printed, in capitals and in
 * lower case, and a text of edge cases (a phrase at the very start, after a letter, in a folded spelling).
 */
class RuleStartsTest {
    private static final ModelData MODELS = ModelData.packaged();

    @Test
    void numberedCitations_sameMatchesAsFind() {
        List<String> types = column("legal-doc-types.tsv");
        PatternRules rules = new PatternRules(
                MODELS,
                "legal-refs.rules",
                Map.of(
                        "DOC_TYPE", PatternRules.alternation(types),
                        "ISSUER_WORD", PatternRules.alternation(column("legal-refs-issuer-words.tsv")),
                        "NAME_STOP", PatternRules.alternation(column("legal-refs-name-stops.tsv"))));
        String edgeCases =
                "Nghị quyết số 76/NQ-CP; xNghị quyết 1/NQ, QUYẾT ĐỊNH 12/QĐ-UBND ngày 1/2/2021 của Chính phủ, "
                        + "kế hoạch 5/KH-UBND, \uD835\uDC00Luật 11/2022/QH15, thông tư: 3/2020/TT-BNV, Bộ "
                        + "luật Lao động, "
                        + "Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 1/1/2020; TCVN ISO 9001:2015";
        int matches = assertSameMatches(rules.pattern("numbered"), RuleStarts.phrases(types), edgeCases);
        assertTrue(matches > 50, "the texts must hold citations to compare: " + matches);
        int laws = 0;
        for (String rule : List.of("amending_law", "named_law", "standard")) {
            laws += assertSameMatches(rules.pattern(rule), RuleStarts.declaredBy(rules.pattern(rule)), edgeCases);
        }
        assertTrue(laws > 10, "the texts must cite laws and standards to compare: " + laws);
        // the document's own number: at a line start ((?m)^, after any line end), or after a parenthesis
        String own = "Số: 12/KH-UBND\n  số 3/KH-UBND\r\nSố: 4/QĐ-UBND\u2028Số 5/KH\u0085Số: 6/KH xSố: 7/KH\n"
                + "(Ban hành kèm theo Quyết định số 456/QĐ-UBND ngày 1/2/2024) ( kèm theo Kế hoạch số 8/KH-UBND)";
        int owns = 0;
        for (String rule : List.of("own_number", "own_attached")) {
            owns += assertSameMatches(rules.pattern(rule), RuleStarts.declaredBy(rules.pattern(rule)), own);
        }
        assertTrue(owns > 8, "the texts must print their own numbers to compare: " + owns);
    }

    @Test
    void figures_sameMatchesAsFind() {
        PatternRules rules = new PatternRules(
                MODELS,
                "targets.rules",
                Map.of(
                        "COUNT_UNIT",
                        PatternRules.alternation(column("target-count-units.tsv")),
                        "NUMBER_WORD",
                        PatternRules.alternation(column("target-number-words.tsv"))));
        int matches = 0;
        for (String rule : List.of("percent", "ratio", "count", "count_word")) {
            matches += assertSameMatches(
                    rules.pattern(rule),
                    RuleStarts.declaredBy(rules.pattern(rule)),
                    "95% trở lên, 1.5%/năm, 100 % hồ sơ, 3/5 xã, 12 thủ tục, 0,5%, ١٢ %, 7/2021, "
                            + "\uD835\uDFD7\uD835\uDFD3 %, một lần/năm, hai cuộc, Ba lớp, 2.049 ĐKKD, mười xã");
        }
        assertTrue(matches > 50, "the texts must hold figures to compare: " + matches);
    }

    @Test
    void caseSensitiveUnitWords_sameMatchesAsFind() {
        List<String> units = new ArrayList<>();
        for (String w : column("admin-units.tsv")) {
            units.addAll(List.of(w, w.toUpperCase(Locale.ROOT)));
        }
        Pattern place = Pattern.compile(
                PatternRules.firstLetters(units) + "(?<![\\p{L}])(?:"
                        + String.join("|", units.stream().map(Pattern::quote).toList()) + ")\\s+\\p{Lu}\\p{L}*",
                Pattern.UNICODE_CHARACTER_CLASS);
        int matches = assertSameMatches(place, RuleStarts.phrases(units), "xã Định Tân, Xã Yên, XÃ ĐỊNH, huyệnx Yên");
        assertTrue(matches > 20, "the texts must name places to compare: " + matches);
    }

    @Test
    void mottoAndIssuerMentions_sameMatchesAsFind() {
        // the metadata rules: the motto's look-ahead lets white space come first, so a run of it before "cộng hòa"
        // is a run of starts; the issuer's mentions open with U or Ủ in any case
        NamedPatterns metadata = new NamedPatterns(MODELS, "metadata-patterns.tsv");
        String edgeCases =
                "UBND  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\u00A0\u2003cộng hoà xã hội "
                        + "chủ nghĩa việt nam\t\n Ủy ban nhân dân xã, ubnd huyện, Uỷ ban Nhân dân tỉnh, "
                        + "xUBND xã, UBND các xã";
        int mottos = assertSameMatches(
                metadata.get("nationalMotto"), RuleStarts.declaredBy(metadata.get("nationalMotto")), edgeCases);
        assertTrue(mottos > 10, "the texts must hold the motto to compare: " + mottos);
        int mentions = assertSameMatches(
                metadata.get("issuerMention"), RuleStarts.declaredBy(metadata.get("issuerMention")), edgeCases);
        assertTrue(mentions > 50, "the texts must name issuers to compare: " + mentions);
        Pattern twoChars =
                Pattern.compile("(?=[cđ][ộo])(?:cộng|độc|co)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSameMatches(twoChars, RuleStarts.declaredBy(twoChars), "CỘNG, cong, độc lập, ĐỘC, đo, Co, c");
        Pattern spaceThenDigit = Pattern.compile("(?=\\s*+\\d)\\s*\\d+ %");
        assertSameMatches(spaceThenDigit, RuleStarts.declaredBy(spaceThenDigit), "a  12 % b\t\n3 %, 4%");
    }

    @Test
    void replaceAll_asMatcherReplaceAll() {
        NamedPatterns metadata = new NamedPatterns(MODELS, "metadata-patterns.tsv");
        Pattern motto = metadata.get("nationalMotto");
        RuleStarts starts = RuleStarts.declaredBy(motto);
        int replaced = 0;
        for (Path seed : Seeds.all()) {
            for (String line : Seeds.text(seed).split("\n")) {
                String expected = motto.matcher(line).replaceAll(" ");
                assertEquals(expected, starts.replaceAll(motto.matcher(line), line, " "), line);
                replaced += expected.equals(line) ? 0 : 1;
            }
        }
        assertTrue(replaced >= 5, "the seeds' headers must hold the motto: " + replaced);
        Pattern empty = Pattern.compile("(?=[ab])a?");
        assertEquals(
                empty.matcher("xbab").replaceAll("-"),
                RuleStarts.declaredBy(empty).replaceAll(empty.matcher("xbab"), "xbab", "-"));
    }

    @Test
    void clauseEnds_sameMatchesAsFind() {
        // AgencyExtractor's clause end: a rule opening with one of a few chars
        Pattern clauseEnd = Pattern.compile(";|\\.(?=\\s+\\p{Lu})|\\.\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
        int matches = assertSameMatches(clauseEnd, RuleStarts.anyOf(";."), "a; b. Cờ. d.  ");
        assertTrue(matches > 50, "the texts must hold clause ends to compare: " + matches);
    }

    @Test
    void ruleDeclaringNoStart_isTriedEverywhere() {
        Pattern lineStart =
                Pattern.compile("(?m)^\\s*số\\s*:?\\s*\\d+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSameMatches(lineStart, RuleStarts.declaredBy(lineStart), "Số: 12\n số 3\nxsố 4");
        Pattern anyCase = Pattern.compile("(?=[đl])(?:đề án|luật)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSameMatches(anyCase, RuleStarts.declaredBy(anyCase), "ĐỀ ÁN, Đề án, LUẬT, luật");
        // the look-ahead opens only the first alternative; "[|]" and "\\|" are no alternative
        Pattern second = Pattern.compile("(?=[BL])Luật|năm \\d{4}");
        assertSameMatches(second, RuleStarts.declaredBy(second), "Luật năm 2020");
        Pattern literalBar = Pattern.compile("(?=[BL])Luật[|]x|\\|");
        assertSameMatches(literalBar, RuleStarts.declaredBy(literalBar), "Luật|x | |");
    }

    private static int assertSameMatches(Pattern rule, RuleStarts starts, String edgeCases) {
        List<String> texts = new ArrayList<>(List.of(edgeCases));
        for (Path seed : Seeds.all()) {
            String text = Seeds.text(seed);
            texts.addAll(List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT)));
        }
        int total = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = rule.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + " " + m.group());
            }
            List<String> actual = new ArrayList<>();
            Matcher s = rule.matcher(text);
            for (int from = 0; starts.find(s, text, from); from = s.end()) {
                actual.add(s.start() + "-" + s.end() + " " + s.group());
            }
            assertEquals(expected, actual, rule.pattern());
            total += expected.size();
        }
        return total;
    }

    private static List<String> column(String file) {
        return MODELS.tsv(file).stream().map(row -> row[0]).toList();
    }
}
