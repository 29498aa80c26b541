package dev.urakata.query.purchasing;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/**
 * A document of {@code purchasing_suppliers}: one supplier as registered, keyed by supplier id. The contact's e-mail
 * address is a person's, so analysts never see it.
 */
public record SupplierDocument(
        @Id String id,
        @Meaning("the supplier's name") String name,
        @Meaning(value = "the contact's e-mail address (`[erased]` once the contact's data is erased)", hidden = true)
        String contactEmail,
        @Meaning("ISO 4217 code the supplier invoices in") String currency,
        @Meaning("the supplier's last event applied (for idempotency)") long lastSequence) {
}
