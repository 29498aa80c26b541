package dev.urakata.shared.legal;

import java.time.LocalDate;

/**
 * Ask for contracts, answered with a {@link ContractPage} ordered by end date (open-ended last), then id.
 *
 * @param status         only this status; {@code null} means any
 * @param kind           only this kind; {@code null} means any
 * @param counterpartyId only with this counterparty; {@code null} means any
 * @param expiringOn     with {@code withinDays}: only contracts in force (signed, active or renewed) whose end date
 *                       lies from this day to {@code withinDays} days after it; {@code null} means no such filter
 * @param withinDays     days after {@code expiringOn}
 * @param page           page number from 0
 * @param size           page size
 */
public record ListContractsQuery(ContractStatus status, ContractKind kind, String counterpartyId,
                                 LocalDate expiringOn, int withinDays, int page, int size) {
}
