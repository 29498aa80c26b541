package dev.urakata.shared.purchasing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.util.UUID;

/**
 * Identifies one supplier invoice recorded against a purchase order; appears in JSON as a plain string.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record SupplierInvoiceId(@JsonValue String value) {

    @JsonCreator
    public SupplierInvoiceId {
        Identifiers.require(value, "supplier invoice id");
    }

    /** A new random identifier. */
    public static SupplierInvoiceId newId() {
        return new SupplierInvoiceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
