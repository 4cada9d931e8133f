package org.planlens.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.planlens.index.RecordKind;
import org.planlens.query.AgencyFilter;
import org.planlens.query.Page;
import org.planlens.query.PlanFilter;
import org.planlens.query.PlanView;
import org.planlens.query.Rows;
import org.planlens.query.Rows.AgencyRow;
import org.planlens.query.Rows.CitationRow;
import org.planlens.query.Rows.CitedDocumentRow;
import org.planlens.query.Rows.CompareRow;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.Rows.TargetRow;
import org.planlens.query.TargetFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST API: the CLI's query commands under {@code /api/v1/}, with the same filters (the CLI's option names
 * without dashes) and the same rows, as JSON (the CLI's {@code --format json}) or CSV ({@code format=csv}).
 * Errors are RFC 9457 problem details ({@link ErrorResponses}).
 */
@RestController
@RequestMapping(
        path = "/api/v1",
        produces = {"application/json", "text/csv"})
@ApiResponse(
        responseCode = "400",
        description = "A bad parameter (the detail says which and why).",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "503",
        description = "No index to read yet (run `planlens ingest`).",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class ApiController {
    private static final String FORMAT = "json (default) or csv";
    private final Questions questions;

    ApiController(Questions questions) {
        this.questions = questions;
    }

    @Operation(
            summary = "Full-text search across plans (planlens search)",
            description = "Accents and case "
                    + "ignored, exact spellings rank first, \"quotes\" for a phrase, UBND finds Ủy ban nhân dân. "
                    + "X-Total-Count gives the number of matching records.")
    @GetMapping("/search")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = SearchHit.class))))
    ResponseEntity<byte[]> search(
            @Parameter(description = "What to look for (Lucene query syntax).", required = true)
                    @RequestParam(name = "q")
                    String q,
            @Parameter(description = "Only records of this kind: plan, section, target, reference, agency or task.")
                    @RequestParam(name = "type", required = false)
                    String type,
            @Parameter(description = "Only records of this reform area (pillar code).")
                    @RequestParam(name = "pillar", required = false)
                    String pillar,
            @Parameter(description = "Most hits given (default 20).", schema = @Schema(type = "integer", minimum = "1"))
                    @RequestParam(name = "limit", required = false)
                    String limit,
            @Parameter(
                            description = "Hits skipped before the first given (default 0).",
                            schema = @Schema(type = "integer", minimum = "0"))
                    @RequestParam(name = "offset", required = false)
                    String offset,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        Integer n = Params.integer("limit", limit);
        Integer from = Params.integer("offset", offset);
        Page<SearchHit> page = questions.search(
                required("q", q),
                Params.kind("type", type),
                Params.code(pillar),
                plans,
                from == null ? 0 : from,
                n == null ? 20 : n);
        return RowDownload.of(
                page.rows(), SearchHit.class, Params.format(format), "search", page.total(), page.exact());
    }

    @Operation(summary = "Targets across plans, in plan order (planlens targets)")
    @GetMapping("/targets")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TargetRow.class))))
    ResponseEntity<byte[]> targets(
            @Parameter(description = "Words the indicator must all contain (accents ignored).")
                    @RequestParam(name = "indicator", required = false)
                    String indicator,
            @Parameter(description = "Keep values >= N.", schema = @Schema(type = "number"))
                    @RequestParam(name = "min", required = false)
                    String min,
            @Parameter(description = "Keep values <= N.", schema = @Schema(type = "number"))
                    @RequestParam(name = "max", required = false)
                    String max,
            @Parameter(description = "Unit, e.g. % or \"thủ tục\" (accents ignored).")
                    @RequestParam(name = "unit", required = false)
                    String unit,
            @Parameter(description = "at_least, more_than, reach, at_most, less_than, increase_by, decrease_by.")
                    @RequestParam(name = "comparator", required = false)
                    String comparator,
            @Parameter(description = "Pillar code, e.g. procedures, digital_government.")
                    @RequestParam(name = "pillar", required = false)
                    String pillar,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        TargetFilter f = targetFilter(indicator, min, max, unit, comparator, pillar);
        return RowDownload.of(questions.targets(plans, f), TargetRow.class, Params.format(format), "targets");
    }

    @Operation(
            summary = "Plans citing a document number (planlens cites)",
            description = "Any spacing or case; " + "NUMBER@YEAR or \"NUMBER năm YEAR\" picks one year's document.")
    @GetMapping("/cites")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CitationRow.class))))
    ResponseEntity<byte[]> cites(
            @Parameter(description = "Document number, e.g. 3611/QĐ-UBND.", required = true)
                    @RequestParam(name = "number")
                    String number,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        return RowDownload.of(
                questions.cites(required("number", number), plans), CitationRow.class, Params.format(format), "cites");
    }

    @Operation(summary = "Every cited document with the number of plans citing it (planlens references)")
    @GetMapping("/references")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CitedDocumentRow.class))))
    ResponseEntity<byte[]> references(
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        return RowDownload.of(questions.references(plans), CitedDocumentRow.class, Params.format(format), "references");
    }

    @Operation(summary = "Agencies named by the plans, with roles and sections (planlens agencies)")
    @GetMapping("/agencies")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AgencyRow.class))))
    ResponseEntity<byte[]> agencies(
            @Parameter(description = "Words the agency name must all contain (accents ignored).")
                    @RequestParam(name = "name", required = false)
                    String name,
            @Parameter(description = "standing, lead, coordinate or monitor.")
                    @RequestParam(name = "role", required = false)
                    String role,
            @Parameter(description = "Pillar code of a section the agency is named in.")
                    @RequestParam(name = "pillar", required = false)
                    String pillar,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        AgencyFilter f = new AgencyFilter(Params.text(name), Params.code(role), Params.code(pillar));
        return RowDownload.of(questions.agencies(plans, f), AgencyRow.class, Params.format(format), "agencies");
    }

    @Operation(summary = "Plans side by side on one indicator: one row per plan (planlens compare)")
    @GetMapping("/compare")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CompareRow.class))))
    ResponseEntity<byte[]> compare(
            @Parameter(description = "Words the indicator must all contain.", required = true)
                    @RequestParam(name = "indicator")
                    String indicator,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        return RowDownload.of(
                questions.compare(required("indicator", indicator), plans),
                CompareRow.class,
                Params.format(format),
                "compare");
    }

    @Operation(summary = "Every record of one kind (planlens export)")
    @GetMapping("/export")
    @ApiResponse(
            responseCode = "200",
            description =
                    "Rows of the kind asked: PlanRow, SectionRow, TargetRow, " + "ReferenceRow, AgencyRow or TaskRow.")
    ResponseEntity<byte[]> export(
            @Parameter(description = "plans, sections, targets, references, agencies or tasks.", required = true)
                    @RequestParam(name = "what")
                    String what,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        RecordKind kind = Params.kind("what", required("what", what));
        return RowDownload.of(questions.export(kind, plans), rowType(kind), Params.format(format), kind.code() + "s");
    }

    @Operation(summary = "Counts by place, level, year, pillar and document type (planlens facets)")
    @GetMapping("/facets")
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FacetRow.class))))
    ResponseEntity<byte[]> facets(
            @Parameter(description = "Count records of this kind (default plan).")
                    @RequestParam(name = "type", required = false)
                    String type,
            @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            PlanFilter plans) {
        RecordKind kind = Params.kind("type", type);
        return RowDownload.of(
                questions.facets(kind == null ? RecordKind.PLAN : kind, plans),
                FacetRow.class,
                Params.format(format),
                "facets");
    }

    @Operation(summary = "One plan whole: row, metadata, parts, printed spans and normalised text")
    @GetMapping(path = "/plans/{id}", produces = "application/json")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No plan with this id in the index.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    PlanView plan(@Parameter(description = "Plan id (plan-...).") @PathVariable("id") String id) {
        return questions.plan(id).orElseThrow(() -> noPlan(id));
    }

    static ResponseStatusException noPlan(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan '" + id + "' in the index");
    }

    static TargetFilter targetFilter(
            String indicator, String min, String max, String unit, String comparator, String pillar) {
        return new TargetFilter(
                Params.text(indicator),
                Params.number("min", min),
                Params.number("max", max),
                Params.text(unit),
                Params.code(comparator),
                Params.code(pillar));
    }

    static String required(String name, String value) {
        String v = Params.text(value);
        if (v == null) throw new IllegalArgumentException(name + " is required");
        return v;
    }

    static Class<? extends Record> rowType(RecordKind kind) {
        return switch (kind) {
            case PLAN -> Rows.PlanRow.class;
            case SECTION -> Rows.SectionRow.class;
            case TARGET -> TargetRow.class;
            case REFERENCE -> Rows.ReferenceRow.class;
            case AGENCY -> AgencyRow.class;
            case TASK -> Rows.TaskRow.class;
        };
    }
}
