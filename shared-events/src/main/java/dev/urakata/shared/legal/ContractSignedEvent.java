package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Both parties signed a drafted contract.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param signedOn       the day of signing
 */
@Revision("1")
public record ContractSignedEvent(ContractId contractId, ContractKind kind, String counterpartyId,
                                  LocalDate signedOn) {
}
