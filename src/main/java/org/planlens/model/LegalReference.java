package org.planlens.model;

import java.util.List;

/** One cited legal or policy document, with every place it is cited. */
public record LegalReference(
        String id,
        String type,
        String number,
        String key,
        String date,
        String issuer,
        String name,
        List<Mention> mentions) {
    public LegalReference {
        mentions = List.copyOf(mentions);
    }
}
