package org.planlens.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web application over {@link WebCorpus}'s index, called through MockMvc (one context for every subclass). A
 * chart draws, and the targets table sorts, at most 50 rows here (the corpus has about twice that many targets).
 */
@SpringBootTest(classes = WebApplication.class, properties = TargetsPage.ALL_ROWS_LIMIT + "=50")
@AutoConfigureMockMvc
abstract class WebTestBase {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        registry.add(WebApplication.INDEX, () -> WebCorpus.index().toString());
    }
}
