package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A signed contract came into force.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param activeFrom     its start date
 */
@Revision("1")
public record ContractActivatedEvent(ContractId contractId, ContractKind kind, String counterpartyId,
                                     LocalDate activeFrom) {
}
