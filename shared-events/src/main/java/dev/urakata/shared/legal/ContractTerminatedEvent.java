package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A contract was ended before its end date.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param terminatedOn   the last day in force
 * @param reason         why
 */
@Revision("1")
public record ContractTerminatedEvent(ContractId contractId, ContractKind kind, String counterpartyId,
                                      LocalDate terminatedOn, String reason) {
}
