package dev.urakata.shared.finance;

/** Where an invoice is in its life. An issued invoice is never edited: it is corrected by a credit note. */
public enum InvoiceStatus {
    /** Being prepared; lines may still change. */
    DRAFT,
    /** Sent to the customer, nothing settled yet. */
    ISSUED,
    /** Some of it is settled. */
    PARTIALLY_PAID,
    /** Fully settled by payments (and possibly credit notes). */
    PAID,
    /** Fully offset by credit notes without any payment. */
    CREDITED
}
