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
 * @param billing        the billing terms agreed, which invoicing starts from; {@code null} when the contract is
 *                       not invoiced (and in every event recorded before contracts could bill)
 */
@Revision("1")
public record ContractSignedEvent(ContractId contractId, ContractKind kind, String counterpartyId,
                                  LocalDate signedOn, ContractBilling billing) {

    /** A contract that is not invoiced. */
    public ContractSignedEvent(ContractId contractId, ContractKind kind, String counterpartyId, LocalDate signedOn) {
        this(contractId, kind, counterpartyId, signedOn, null);
    }
}
