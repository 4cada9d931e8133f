package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Where the plan came from and how its text was obtained. */
public record SourceInfo(
        String file,
        String sha256,
        SourceFormat format,
        Integer pages,
        boolean ocr,
        TextEncoding encoding,
        int textChars,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PageInfo> pageInfo) {
    public SourceInfo {
        pageInfo = pageInfo == null ? List.of() : List.copyOf(pageInfo);
    }

    public SourceInfo(
            String file,
            String sha256,
            SourceFormat format,
            Integer pages,
            boolean ocr,
            TextEncoding encoding,
            int textChars) {
        this(file, sha256, format, pages, ocr, encoding, textChars, List.of());
    }
}
