package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * End a signed contract early; no expiry or reminder follows.
 *
 * @param contractId   the contract
 * @param terminatedOn the last day in force
 * @param reason       why
 */
public record TerminateContractCommand(@TargetAggregateIdentifier ContractId contractId, LocalDate terminatedOn,
                                       String reason) {
}
