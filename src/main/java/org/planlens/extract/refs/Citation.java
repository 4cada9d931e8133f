package org.planlens.extract.refs;

/**
 * One place where a document is cited, before citations of the same document are merged.
 *
 * @param type   canonical kind (legal-doc-types.tsv)
 * @param number number and symbol with line breaks and stray spaces removed, or null for a law or standard by name
 * @param date   ISO date where printed in full, else null
 * @param issuer the issuing body printed after "của", else null
 * @param name   the name of a law or standard cited without a number, else null
 * @param key    what such a name is known by, else null: a law's name after its kind word, a standard's code as the
 *               standard rule's {@code key} group declares it (legal-refs.rules), its year joined by a colon
 * @param start  offset of the citation in the text
 * @param end    end offset (exclusive)
 */
public record Citation(
        String type, String number, String date, String issuer, String name, String key, int start, int end) {}
