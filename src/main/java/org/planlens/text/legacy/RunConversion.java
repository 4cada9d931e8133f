package org.planlens.text.legacy;

import org.planlens.model.TextEncoding;

/** What a rewrite of legacy-font runs did: the encoding of most of the converted text, and how many runs. */
public record RunConversion(TextEncoding encoding, int runs) {
}
