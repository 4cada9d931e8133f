package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead or coordinating cell cut into the bodies it names ("Các cơ quan, đơn vị thuộc huyện UBND các xã", "Sở
 * Tài chính, Sở Nội vụ, các sở, ngành; UBND xã, phường, đặc khu"), each body once.
 */
public final class BodyList {
    private final TableCues cues;

    public BodyList(TableCues cues) {
        this.cues = cues;
    }

    public List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        // a semicolon always parts two bodies; commas part them only before a word that opens one
        for (String part : cell.split(";")) {
            splitAtBodies(part.strip(), out);
        }
        return out.stream().distinct().toList();
    }

    private void splitAtBodies(String c, List<String> out) {
        if (c.isEmpty()) {
            return;
        }
        int start = 0;
        for (int i = 1; i < c.length(); i++) {
            if (c.charAt(i - 1) != ' ') {
                continue;
            }
            String before = c.substring(start, i).strip();
            String rest = c.substring(i);
            boolean listBreak = before.endsWith(",");
            // "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch" lists the members of one collective: kept whole
            if (before.contains(":") || cues.isBareHead(before)) {
                continue;
            }
            boolean parts;
            if (Character.isUpperCase(c.charAt(i))) {
                // "Sở Tài chính, Bộ Công an", "Phòng Nội vụ UBND các xã"
                parts = cues.opensCellBody(rest) && (listBreak || !cues.dangles(before));
            } else {
                // "Bộ Xây dựng, các địa phương"; a word in lower case after a comma goes on the same name
                // ("các cơ quan, đơn vị liên quan")
                parts = listBreak && cues.opensLowerCaseCollective(rest) && cues.opensCellBody(rest);
            }
            if (parts) {
                add(out, before);
                start = i;
            }
        }
        add(out, c.substring(start));
    }

    private static void add(List<String> out, String item) {
        String t = item.strip().replaceAll("[,;.]+$", "").strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
