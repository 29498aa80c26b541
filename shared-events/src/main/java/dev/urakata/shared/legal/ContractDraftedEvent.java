package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A contract was drafted; it is not binding until signed.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param title          what the contract is
 * @param startDate      first day in force
 * @param endDate        last day, or {@code null} when open-ended
 * @param billing        a customer contract's value and billing plan; {@code null} when it is not invoiced (and in
 *                       every event recorded before contracts could bill)
 */
@Revision("1")
public record ContractDraftedEvent(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                                   LocalDate startDate, LocalDate endDate, ContractBilling billing) {

    /** A contract that is not invoiced. */
    public ContractDraftedEvent(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                                LocalDate startDate, LocalDate endDate) {
        this(contractId, kind, counterpartyId, title, startDate, endDate, null);
    }
}
