package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.planlens.model.Period;

/**
 * The years a plan covers (GOLD.md: period), from its title: "giai đoạn 2026 - 2030", "đến năm 2025" (from not
 * printed), "năm 2021". An orientation or vision beyond the plan ("định hướng đến năm 2030", "tầm nhìn đến năm
 * 2045") and the dates of documents the title names are no period. Where the title names several, the last is the
 * plan's own ("... Đề án ... giai đoạn 2022 - 2025 ... năm 2023" is the plan for 2023). A title without one leaves
 * a stage heading in capitals ("DANH MỤC NHIỆM VỤ ... (GIAI ĐOẠN 2025-2030)"), else the years from its first
 * stage's to its last ("a) Đến hết năm 2025: ..." ... "đ) Đến hết năm 2045: ..."), else the year its first
 * objectives heading sets ("2. Mục tiêu cụ thể đến năm 2030"). A term of office the title names ("nhiệm kỳ 2026 -
 * 2031") yields to the time the text says the plan is carried out, where it prints both years.
 */
public final class PeriodReader {
    private record Span(int start, int end, Period period) {}

    private final NamedPatterns patterns;

    public PeriodReader(NamedPatterns patterns) {
        this.patterns = patterns;
    }

    /** The plan's period; {@code issueYear} (null where not printed) is the year "từ nay" starts it in. */
    public Period read(String title, List<String> lines, Integer issueYear) {
        if (title != null) {
            Period p = ofTitle(title);
            if (p != Period.UNKNOWN) {
                if (isTerm(title, p)) {
                    return carriedOut(lines).orElse(p);
                }
                return p.from() == null && p.to() != null ? startOf(p.to(), lines, issueYear) : p;
            }
        }
        for (String line : lines) {
            if (VietCase.isUpper(line)) {
                Matcher range = patterns.get("periodRange").matcher(line);
                if (range.find()
                        && patterns.get("periodStageWord")
                                .matcher(range.group())
                                .find()) {
                    return new Period(Integer.valueOf(range.group("from")), Integer.valueOf(range.group("to")));
                }
            }
        }
        Optional<Period> run = runs(lines, issueYear);
        if (run.isPresent()) {
            return run.get();
        }
        Period staged = stages(lines);
        return staged != Period.UNKNOWN ? staged : objectives(lines);
    }

    /** Whether the title's period is a term of office it names ("... nhiệm kỳ 2026 - 2031"). */
    private boolean isTerm(String title, Period p) {
        Matcher m = patterns.get("periodTerm").matcher(title);
        while (m.find()) {
            if (p.equals(new Period(Integer.valueOf(m.group("from")), Integer.valueOf(m.group("to"))))) {
                return true;
            }
        }
        return false;
    }

    /** "Thời gian tổ chức ...: từ tháng 10 năm 2025 đến hết tháng 3 năm 2026": when the plan is carried out. */
    private Optional<Period> carriedOut(List<String> lines) {
        Matcher m = patterns.get("periodCarriedOut").matcher("");
        for (String line : lines) {
            if (m.reset(line).find()) {
                return Optional.of(new Period(Integer.valueOf(m.group("from")), Integer.valueOf(m.group("to"))));
            }
        }
        return Optional.empty();
    }

    /**
     * A title that says only the year a plan runs to ("... đến năm 2035"): its start is the year the text says it
     * runs from ("Thời gian: từ nay đến năm 2035"), else the first year of the stages it is divided into, one
     * following the other up to that year ("giai đoạn 2025 - 2030 và giai đoạn 2031 - 2035"), else not printed.
     */
    private Period startOf(int to, List<String> lines, Integer issueYear) {
        Optional<Period> run = runs(lines, issueYear);
        if (run.isPresent()
                && run.get().from() <= to
                && (run.get().to() == null || run.get().to() == to)) {
            return new Period(run.get().from(), to);
        }
        return new Period(chainedStart(to, lines), to);
    }

    /** "1. Thời gian thực hiện" and its statement, on the same line or the next: when the plan runs. */
    private Optional<Period> runs(List<String> lines, Integer issueYear) {
        Matcher heading = patterns.get("periodRunHeading").matcher("");
        for (int i = 0; i < lines.size(); i++) {
            if (!heading.reset(lines.get(i).strip()).matches()) {
                continue;
            }
            String rest = heading.group("rest");
            String said = rest != null && !rest.isBlank() ? rest : nextNonBlank(lines, i);
            Matcher from = patterns.get("periodRunFrom").matcher(said);
            if (!from.find()) {
                continue;
            }
            Integer start = from.group("issue") != null ? issueYear : Integer.valueOf(from.group("from"));
            if (start == null) {
                return Optional.empty();
            }
            Matcher until = patterns.get("periodRunTo").matcher(said.substring(from.end()));
            Integer end = until.find() ? Integer.valueOf(until.group("to")) : null;
            return end == null || end >= start ? Optional.of(new Period(start, end)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).strip();
            }
        }
        return "";
    }

    /**
     * The first year of two or more stages the text names ("giai đoạn 2025 - 2030", "giai đoạn 2031 - 2035"), each
     * ending where the next begins and the last at {@code to}; null where the text names no such stages (a stage
     * a cited document names stands alone, so it starts no chain).
     */
    private Integer chainedStart(int to, List<String> lines) {
        List<Period> stages = new ArrayList<>();
        Matcher range = patterns.get("periodRange").matcher("");
        Matcher word = patterns.get("periodStageWord").matcher("");
        for (String line : lines) {
            range.reset(line);
            while (range.find()) {
                if (word.reset(range.group()).find()) {
                    stages.add(new Period(Integer.valueOf(range.group("from")), Integer.valueOf(range.group("to"))));
                }
            }
        }
        int end = to;
        int linked = 0;
        Integer start = null;
        boolean found = true;
        while (found) {
            found = false;
            for (Period s : stages) {
                if (s.from() < s.to() && s.to() == (linked == 0 ? end : end - 1)) {
                    start = s.from();
                    end = s.from();
                    linked++;
                    found = true;
                    break;
                }
            }
        }
        return linked >= 2 ? start : null;
    }

    /** "Mục tiêu cụ thể đến năm 2030": the year the first objectives heading sets them for. */
    private Period objectives(List<String> lines) {
        Matcher m = patterns.get("periodObjective").matcher("");
        for (String line : lines) {
            if (m.reset(line.strip()).find()) {
                return new Period(null, Integer.valueOf(m.group("year")));
            }
        }
        return Period.UNKNOWN;
    }

    /** The years from the first stage's to the last's, where two or more stages print them. */
    private Period stages(List<String> lines) {
        Matcher lead = patterns.get("periodStageLead").matcher("");
        Matcher span = patterns.get("periodStageSpan").matcher("");
        int stages = 0;
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (String line : lines) {
            if (lead.reset(line).find()) {
                int y = Integer.parseInt(lead.group("year"));
                from = Math.min(from, y);
                to = Math.max(to, y);
                stages++;
            } else if (span.reset(line).find()) {
                int a = Integer.parseInt(span.group("from"));
                int b = span.group("to") == null ? a : Integer.parseInt(span.group("to"));
                from = Math.min(from, a);
                to = Math.max(to, b);
                stages++;
            }
        }
        return stages >= 2 && from < to ? new Period(from, to) : Period.UNKNOWN;
    }

    /** The last period the title names, once the orientations and the dates are set aside. */
    Period ofTitle(String title) {
        List<Span> taken = new ArrayList<>();
        take(title, "periodBeyond", taken, false);
        take(title, "periodDate", taken, false);
        take(title, "periodRange", taken, true);
        take(title, "periodUntil", taken, true);
        take(title, "periodYear", taken, true);
        Span last = null;
        for (Span s : taken) {
            if (s.period() != null && (last == null || s.start() > last.start())) {
                last = s;
            }
        }
        return last == null ? Period.UNKNOWN : last.period();
    }

    private void take(String title, String pattern, List<Span> taken, boolean period) {
        Matcher m = patterns.get(pattern).matcher(title);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (taken.stream().anyMatch(s -> s.start() < end && start < s.end())) {
                continue;
            }
            Period p = !period
                    ? null
                    : switch (pattern) {
                        case "periodRange" ->
                            new Period(Integer.valueOf(m.group("from")), Integer.valueOf(m.group("to")));
                        case "periodUntil" -> new Period(null, Integer.valueOf(m.group("year")));
                        default -> new Period(Integer.valueOf(m.group("year")), Integer.valueOf(m.group("year")));
                    };
            taken.add(new Span(start, end, p));
        }
    }
}
