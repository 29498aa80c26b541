package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a supplier that purchase orders can be placed with.
 *
 * @param supplierId   the new supplier's id, chosen by the caller (the HTTP API generates one)
 * @param name         the supplier's name
 * @param contactEmail where orders are sent
 * @param currency     the ISO 4217 currency the supplier invoices in
 */
public record RegisterSupplierCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        String name,
        @PersonalData String contactEmail,
        String currency) {
}
