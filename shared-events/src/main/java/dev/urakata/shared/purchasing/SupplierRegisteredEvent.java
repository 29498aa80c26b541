package dev.urakata.shared.purchasing;

import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A supplier was registered. The first event of every supplier.
 *
 * @param supplierId   the supplier
 * @param name         the supplier's name
 * @param contactEmail where orders are sent
 * @param currency     the ISO 4217 currency the supplier invoices in
 */
@Revision("1")
public record SupplierRegisteredEvent(
        SupplierId supplierId,
        String name,
        @PersonalData String contactEmail,
        String currency) {
}
