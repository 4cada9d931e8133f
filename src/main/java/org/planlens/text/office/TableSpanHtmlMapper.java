package org.planlens.text.office;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, keeping the colspan and rowspan of table cells, which its default drops: without them
 * {@link TableCellHandler} cannot keep a row's cells under their columns where a cell is merged across or down.
 */
final class TableSpanHtmlMapper extends DefaultHtmlMapper {
    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String element = elementName.toLowerCase(Locale.ROOT);
        String attribute = attributeName.toLowerCase(Locale.ROOT);
        if ((element.equals("td") || element.equals("th"))
                && (attribute.equals("colspan") || attribute.equals("rowspan"))) {
            return attribute;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
