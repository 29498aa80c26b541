package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record that both parties signed a drafted contract. It becomes active on its start date, or at once if that date
 * is not after the signing.
 *
 * @param contractId     the contract
 * @param signedOn       the day of signing
 * @param employmentOnly {@code true} when the sender may sign employment contracts only (HR): any other kind is
 *                       refused with 403
 */
public record SignContractCommand(@TargetAggregateIdentifier ContractId contractId, LocalDate signedOn,
                                  boolean employmentOnly) {
}
