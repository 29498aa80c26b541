package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.PersonalData;

/**
 * One supplier.
 *
 * @param supplierId   the supplier
 * @param name         the supplier's name
 * @param contactEmail where orders are sent
 * @param currency     the ISO 4217 currency the supplier invoices in
 */
public record SupplierSummary(SupplierId supplierId, String name, @PersonalData String contactEmail, String currency) {
}
