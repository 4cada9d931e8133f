package org.planlens.model;

/** Document-level facts: kind, number, date, issuer, period, signer. */
public record Metadata(
        String title,
        DocumentType documentType,
        String number,
        PartialDate issueDate,
        Issuer issuer,
        Period period,
        Signer signer) {}
