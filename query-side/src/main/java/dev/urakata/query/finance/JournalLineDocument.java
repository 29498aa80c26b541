package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of {@code finance_journal_lines}: one line of a journal entry of the general ledger, keyed by the entry
 * id (its event's id), {@code :}, the line's number.
 */
public record JournalLineDocument(
        @Id String id,
        @Meaning("the journal entry: the id of the event that posted it") String entryId,
        @Meaning("the line's number within the entry, from 0") int line,
        @Meaning("the account's code in the chart of accounts") String account,
        @Meaning("signed: a debit positive, a credit negative") Money amount,
        @Meaning("the day the event took effect") LocalDate businessDate,
        @Meaning("the day it counts in the books: the business date, or the first day of the first open month when"
                + " the business date's month was closed") LocalDate postingDate,
        @Meaning("what the entry is, in words") String description,
        @Meaning("the type of the event that posted it") String eventType,
        @Meaning(value = "the type of the aggregate the event belongs to", optional = true) String aggregateType,
        @Meaning(value = "the aggregate the event belongs to", optional = true) String aggregateId,
        @Meaning("the event's position within its aggregate") long sequence,
        @Meaning("when the event was recorded") Instant recordedAt,
        @Meaning("true for the year-end close, which profit and loss leaves out") boolean closing) {
}
