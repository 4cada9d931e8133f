package org.planlens.text.office;

import java.nio.file.Path;
import org.planlens.model.TextEncoding;

/**
 * A Word file rewritten with its legacy-font runs in Unicode: the temp copy (the caller deletes it), the encoding of
 * most of the converted text, and how many runs were converted.
 */
public record RunConversion(Path copy, TextEncoding encoding, int runs) {}
