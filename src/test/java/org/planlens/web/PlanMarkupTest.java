package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.query.PlanView.Span;
import org.springframework.context.support.StaticMessageSource;

/** A plan's text cut at its parts' spans: nothing lost, nested and overlapping spans both marked. */
class PlanMarkupTest {
    private final Vi vi = new Vi(new StaticMessageSource());

    @Test
    void pieces_giveTheTextBack_andMarkWhatEachSpanCovers() {
        String text = "Căn cứ Quyết định 3611 của Văn phòng; đạt 95% <script>.";
        int ref = text.indexOf("Quyết");
        int agency = text.indexOf("Văn phòng");
        int target = text.indexOf("đạt");
        List<Span> spans = List.of(
                new Span("reference", "r1", ref, agency + 9, null),
                new Span("agency", "a1", agency, agency + 9, 3),
                new Span("target", "t1", target, text.length() - 1, null));
        Section s = new Section("s1", "I", "MỤC", 1, null, Pillar.GENERAL, 0, text.length());
        PlanMarkup m = PlanMarkup.of(text, spans, List.of(s), vi);
        assertEquals(text, m.pieces().stream().map(PlanMarkup.Piece::text).collect(Collectors.joining()));
        // the section's anchor and the first span's open the text where they start
        assertEquals(List.of("sec-s1"), m.pieces().get(0).anchors());
        PlanMarkup.Piece both = m.pieces().stream()
                .filter(p -> p.text().equals("Văn phòng"))
                .findFirst()
                .orElseThrow();
        assertEquals("hl k-reference k-agency", both.css());
        assertEquals("s-0 s-1", both.spans());
        assertEquals("agency (trang 3)", both.title().split(" · ")[1]);
        PlanMarkup.Piece markup = m.pieces().stream()
                .filter(p -> p.text().contains("<script>"))
                .findFirst()
                .orElseThrow();
        assertEquals("hl k-target", markup.css());
        assertEquals(List.of("s-0"), m.anchorsByPart().get("reference:r1"));
        assertEquals(List.of("s-2"), m.anchorsByPart().get("target:t1"));
    }

    @Test
    void spansOutsideTheText_areCutToIt() {
        PlanMarkup m = PlanMarkup.of("abc", List.of(new Span("target", "t", 1, 99, null)), List.of(), vi);
        assertEquals(
                List.of("a", "bc"),
                m.pieces().stream().map(PlanMarkup.Piece::text).toList());
        assertEquals("s-0", m.pieces().get(1).spans());
    }
}
