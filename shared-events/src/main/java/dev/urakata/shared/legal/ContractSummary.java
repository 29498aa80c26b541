package dev.urakata.shared.legal;

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
 */
public record ContractSummary(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                              LocalDate startDate, LocalDate endDate, ContractStatus status, LocalDate signedOn,
                              LocalDate terminatedOn) {
}
