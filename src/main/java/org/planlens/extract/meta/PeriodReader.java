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

    public Period read(String title, List<String> lines) {
        if (title != null) {
            Period p = ofTitle(title);
            if (p != Period.UNKNOWN) {
                return isTerm(title, p) ? carriedOut(lines).orElse(p) : p;
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
