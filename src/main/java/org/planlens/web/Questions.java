package org.planlens.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.planlens.index.RecordKind;
import org.planlens.query.AgencyFilter;
import org.planlens.query.FacetCounts;
import org.planlens.query.LiveIndex;
import org.planlens.query.Page;
import org.planlens.query.PlanFilter;
import org.planlens.query.PlanQueries;
import org.planlens.query.PlanView;
import org.planlens.query.Rows.AgencyRow;
import org.planlens.query.Rows.CitationRow;
import org.planlens.query.Rows.CitedDocumentRow;
import org.planlens.query.Rows.CompareRow;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.Rows.TargetRow;
import org.planlens.query.TargetFilter;
import org.planlens.query.TextSearch;
import org.springframework.stereotype.Service;

/**
 * The questions the pages and the API ask, each answered by the query class the CLI's command uses, on the
 * latest commit of the index: the web and the CLI give the same rows.
 */
@Service
class Questions {
    private final LiveIndex index;

    Questions(LiveIndex index) {
        this.index = index;
    }

    Page<SearchHit> search(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit) {
        return ask(i -> new TextSearch(i).page(text, kind, pillar, plans, offset, limit));
    }

    /** One page of hits and the counts of all of them, on the same commit. */
    SearchResults searchWithFacets(
            String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit) {
        return ask(i -> {
            TextSearch.Results r = new TextSearch(i).results(text, kind, pillar, plans, offset, limit);
            return new SearchResults(r.page(), r.facets());
        });
    }

    record SearchResults(Page<SearchHit> page, List<FacetRow> facets) {}

    List<TargetRow> targets(PlanFilter plans, TargetFilter f) {
        return ask(i -> new PlanQueries(i).targets(plans, f));
    }

    Page<TargetRow> targets(PlanFilter plans, TargetFilter f, int offset, int limit) {
        return ask(i -> new PlanQueries(i).targets(plans, f, offset, limit));
    }

    List<CitationRow> cites(String number, PlanFilter plans) {
        return ask(i -> new PlanQueries(i).cites(number, plans));
    }

    List<CitedDocumentRow> references(PlanFilter plans) {
        return ask(i -> new PlanQueries(i).references(plans));
    }

    List<AgencyRow> agencies(PlanFilter plans, AgencyFilter f) {
        return ask(i -> new PlanQueries(i).agencies(plans, f));
    }

    List<CompareRow> compare(String indicator, PlanFilter plans) {
        return ask(i -> new PlanQueries(i).compare(indicator, plans));
    }

    List<? extends Record> export(RecordKind what, PlanFilter plans) {
        return ask(i -> new PlanQueries(i).export(what, plans));
    }

    List<FacetRow> facets(RecordKind kind, PlanFilter plans) {
        return ask(i -> new FacetCounts(i).count(kind, plans));
    }

    Optional<PlanView> plan(String planId) {
        return ask(i -> new PlanQueries(i, index.plansFolder()).plan(planId));
    }

    private <T> T ask(LiveIndex.Question<T> q) {
        try {
            return index.ask(q);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index at " + index.where() + ": " + e.getMessage(), e);
        }
    }
}
