package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Comparator;
import org.planlens.model.PartialDate;
import org.planlens.model.Pillar;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Numbers, dates and labels as Vietnamese read them. */
class ViTest {
    private final Vi vi = new Vi(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("web-messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void numbers_decimalCommaAndDotThousands() {
        assertEquals("1.234,5", vi.number(1234.5));
        assertEquals("95", vi.number(95.0));
        assertEquals("0,25", vi.number(0.25));
        assertEquals("10.000", vi.number(10000));
        assertEquals("—", vi.number(null));
    }

    @Test
    void figures_signValueUnit() {
        assertEquals("≥ 95%", vi.figure("at_least", 95.0, "%"));
        assertEquals("100%", vi.figure("reach", 100.0, "%"));
        assertEquals("+ 5%/năm", vi.figure("increase_by", 5.0, "%/năm"));
        assertEquals("< 2,5 ngày", vi.figure("less_than", 2.5, "ngày"));
        assertEquals("12", vi.figure(null, 12.0, null));
    }

    @Test
    void dates_dayFirst_asMuchAsIsKnown() {
        assertEquals("05/01/2023", vi.date(new PartialDate(2023, 1, 5)));
        assertEquals("01/2023", vi.date(new PartialDate(2023, 1, null)));
        assertEquals("2023", vi.date(new PartialDate(2023, null, null)));
        assertEquals("—", vi.date(PartialDate.UNKNOWN));
        assertEquals("2021–2025", vi.period(2021, 2025));
        assertEquals("2023", vi.period(2023, 2023));
    }

    @Test
    void labels_ofEveryCode_andTheCodeWhenUnknown() {
        assertEquals("Cải cách thủ tục hành chính", vi.label("pillar", "procedures"));
        assertEquals("Cấp xã", vi.label("level", "commune"));
        assertEquals("Chủ trì", vi.label("role", "lead"));
        assertEquals("Kế hoạch", vi.label("docType", "ke_hoach"));
        assertEquals("Chỉ tiêu, Mục", vi.labels("kind", List.of("target", "section")));
        assertEquals("novel", vi.label("pillar", "novel"));
        for (var p : Pillar.values()) {
            assertEquals(false, vi.label("pillar", p.code()).equals(p.code()), p.code());
        }
        for (var c : Comparator.values()) {
            assertEquals(false, vi.label("comparator", c.code()).equals(c.code()), c.code());
        }
        assertEquals("Thanh Hóa", vi.place(null, " ", "Thanh Hóa"));
    }
}
