package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.List;

/** A lead or coordinating cell cut into the bodies it names ("Các cơ quan, đơn vị thuộc huyện UBND các xã"). */
public final class BodyList {
    private final TableCues cues;

    public BodyList(TableCues cues) {
        this.cues = cues;
    }

    public List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        String c = cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        int start = 0;
        for (int i = 1; i < c.length(); i++) {
            boolean wordStart = c.charAt(i - 1) == ' ' && Character.isUpperCase(c.charAt(i));
            if (!wordStart) {
                continue;
            }
            String before = c.substring(start, i).strip();
            boolean listBreak = before.endsWith(",") || before.endsWith(";");
            // "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch" lists the members of one collective: kept whole.
            boolean membersOfOne = before.contains(":");
            if (!membersOfOne
                    && cues.opensBody(c.substring(i))
                    && !cues.isBareHead(before)
                    && (listBreak || !cues.dangles(before))) {
                add(out, before);
                start = i;
            }
        }
        add(out, c.substring(start));
        return List.copyOf(out);
    }

    private static void add(List<String> out, String item) {
        String t = item.strip().replaceAll("[,;.]+$", "").strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
