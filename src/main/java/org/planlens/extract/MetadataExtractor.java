package org.planlens.extract;

import org.planlens.model.DocumentType;
import org.planlens.model.Issuer;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Period;
import org.planlens.model.Signer;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/** Document type, number, date, issuer, period, signer and title from the document's header and signature. */
public final class MetadataExtractor {
    public MetadataExtractor(ModelData models) {
    }

    public Metadata extract(String text, SectionTree sections) {
        return new Metadata(null, DocumentType.OTHER, null, PartialDate.UNKNOWN, Issuer.UNKNOWN, Period.UNKNOWN,
                Signer.UNKNOWN);
    }
}
