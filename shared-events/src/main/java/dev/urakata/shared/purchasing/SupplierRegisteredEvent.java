package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A supplier was registered. The first event of every supplier.
 *
 * @param supplierId   the supplier
 * @param name         the supplier's name
 * @param contactEmail where orders are sent; often a named person's address, so erasable with the supplier as
 *                     its data subject
 * @param currency     the ISO 4217 currency the supplier invoices in
 */
@Revision("1")
public record SupplierRegisteredEvent(
        @DataSubject SupplierId supplierId,
        String name,
        @PersonalData String contactEmail,
        String currency) {
}
