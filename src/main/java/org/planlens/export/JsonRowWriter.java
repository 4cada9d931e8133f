package org.planlens.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A JSON array of row objects, keys in column order, nulls written, UTF-8 text as is. */
public final class JsonRowWriter implements RowWriter {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(List<? extends Record> rows, Class<? extends Record> rowType, Writer out) throws IOException {
        mapper.writeValue(out, rows);
        out.write(System.lineSeparator());
    }
}
