package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Format of the input file (PLAN_JSON.md, source.format). */
public enum SourceFormat {
    PDF("pdf"),
    DOCX("docx"),
    DOC("doc"),
    ODT("odt"),
    RTF("rtf"),
    HTML("html"),
    TXT("txt"),
    MD("md"),
    IMAGE("image");

    private final String code;

    SourceFormat(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
