package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Links of a page: the same question with one parameter changed, back on its first page. */
class LinkTest {
    @Test
    void with_setsOneParameter_andGoesBackToTheFirstPage() {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/targets");
        r.addParameter("indicator", "hài lòng");
        r.addParameter("page", "3");
        r.addParameter("unit", " ");
        Link url = Link.of(r);
        assertEquals("/targets?indicator=h%C3%A0i%20l%C3%B2ng&page=3", url.toString());
        assertEquals(
                "/targets?indicator=h%C3%A0i%20l%C3%B2ng&province=Thanh%20H%C3%B3a",
                url.with("province", "Thanh Hóa").toString());
        assertEquals(
                "/targets?indicator=h%C3%A0i%20l%C3%B2ng&page=4",
                url.with("page", 4).toString());
        assertEquals("/targets", url.without("indicator").toString());
        assertEquals(
                "/api/v1/targets?indicator=h%C3%A0i%20l%C3%B2ng",
                url.at("/api/v1/targets", List.of("indicator")).toString());
        assertEquals(
                "/targets?indicator=a%26b%3Dc", url.with("indicator", "a&b=c").toString());
    }

    @Test
    void pager_listsFirstLastAndNeighbours() {
        Pager p = Pager.of(6, 50, 1000);
        assertEquals(20, p.pages());
        assertEquals(251, p.first());
        assertEquals(300, p.last());
        assertEquals(
                List.of(1, 0, 4, 5, 6, 7, 8, 0, 20),
                p.items().stream().map(Pager.Item::number).toList());
        assertEquals(1, Pager.of(9, 50, 0).page());
    }
}
