package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A contract's end date passed without renewal or termination.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param endDate        its last day in force
 */
@Revision("1")
public record ContractExpiredEvent(ContractId contractId, ContractKind kind, String counterpartyId,
                                   LocalDate endDate) {
}
