package dev.urakata.shared.legal;

import dev.urakata.shared.money.Money;

import java.time.LocalDate;

/**
 * A contract as the legal read model shows it.
 *
 * @param contractId     the contract
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context
 * @param title          what the contract is
 * @param startDate      first day in force
 * @param endDate        last day, {@code null} when open-ended
 * @param status         where it is
 * @param signedOn       day of signing, {@code null} before
 * @param terminatedOn   last day after an early termination, else {@code null}
 * @param billing        a customer contract's value and plan, {@code null} when it is not invoiced
 * @param billed         what its issued invoices came to, tax included ({@code null} when not invoiced)
 * @param paid           payments and customer credit applied to them ({@code null} when not invoiced)
 * @param outstanding    what is still owed on them ({@code null} when not invoiced)
 */
public record ContractSummary(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                              LocalDate startDate, LocalDate endDate, ContractStatus status, LocalDate signedOn,
                              LocalDate terminatedOn, ContractBilling billing, Money billed, Money paid,
                              Money outstanding) {

    /** A contract that is not invoiced. */
    public ContractSummary(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                           LocalDate startDate, LocalDate endDate, ContractStatus status, LocalDate signedOn,
                           LocalDate terminatedOn) {
        this(contractId, kind, counterpartyId, title, startDate, endDate, status, signedOn, terminatedOn, null, null,
                null, null);
    }
}
