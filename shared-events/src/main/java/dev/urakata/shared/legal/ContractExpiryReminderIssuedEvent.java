package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A contract in force will expire soon: time to renew or let it end on purpose.
 *
 * @param contractId the contract
 * @param endDate    its last day in force
 * @param daysBefore how many days before the end date the reminder was due
 */
@Revision("1")
public record ContractExpiryReminderIssuedEvent(ContractId contractId, LocalDate endDate, int daysBefore) {
}
