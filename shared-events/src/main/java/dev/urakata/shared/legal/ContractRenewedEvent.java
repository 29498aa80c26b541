package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A contract's end date was moved later.
 *
 * @param contractId      the contract
 * @param previousEndDate the end date before the renewal
 * @param newEndDate      the new last day
 */
@Revision("1")
public record ContractRenewedEvent(ContractId contractId, LocalDate previousEndDate, LocalDate newEndDate) {
}
