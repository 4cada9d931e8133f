package org.planlens.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a result row needs from an index record besides the record itself, kept in doc values beside the
 * record's JSON: a row is then read without decompressing the stored full text of its neighbours. Plan records
 * carry the plan columns; a part's carries only its own (its plan columns are its plan record's).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RowInfo(
        String kind,
        String planId,
        String file,
        String issuer,
        String level,
        String commune,
        String district,
        String province,
        Integer year,
        Integer periodFrom,
        Integer periodTo,
        String documentType,
        String number,
        String title,
        List<String> sectionPaths,
        Integer start,
        Integer end,
        Integer mentions,
        Map<String, Integer> counts) {
    public RowInfo {
        sectionPaths = sectionPaths == null ? List.of() : List.copyOf(sectionPaths);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    /** The row values of a part (section, target...): the plan columns come from its plan record. */
    public static RowInfo part(
            String kind, String planId, List<String> sectionPaths, Integer start, Integer end, Integer mentions) {
        return new RowInfo(
                kind,
                planId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                sectionPaths,
                start,
                end,
                mentions,
                null);
    }
}
