package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Extend a signed contract to a later end date; its expiry and reminder move with it.
 *
 * @param contractId the contract
 * @param newEndDate the new last day, after the current one
 */
public record RenewContractCommand(@TargetAggregateIdentifier ContractId contractId, LocalDate newEndDate) {
}
