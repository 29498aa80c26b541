package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a journal entry as seen in an account's ledger, traced to the event that caused it.
 *
 * @param entryId       the journal entry: the id of the event that caused it
 * @param line          the line within the entry, from 0
 * @param postingDate   the date it counts in the books (the business date, or the first day of the first open
 *                      period when the business date's period was already closed)
 * @param businessDate  the date the business transaction happened
 * @param description   what it is
 * @param debit         the debit amount (zero on a credit line)
 * @param credit        the credit amount (zero on a debit line)
 * @param balance       the account's running balance in this currency after this line (debits minus credits)
 * @param eventType     the causing event's type, for example {@code InvoiceIssuedEvent}
 * @param aggregateType the aggregate that recorded it
 * @param aggregateId   its id
 * @param sequence      the event's sequence number in that aggregate
 * @param recordedAt    when the event was recorded
 */
public record LedgerLine(String entryId, int line, LocalDate postingDate, LocalDate businessDate, String description,
                         Money debit, Money credit, Money balance, String eventType, String aggregateType,
                         String aggregateId, long sequence, Instant recordedAt) {
}
