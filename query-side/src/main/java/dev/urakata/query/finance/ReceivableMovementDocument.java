package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of {@code finance_receivable_movements}: one change of what a customer owes on one invoice, keyed by
 * the id of the event that made it.
 */
public record ReceivableMovementDocument(
        @Id String id,
        @Meaning("the customer") String customerId,
        @Meaning("the invoice") String invoiceId,
        @Meaning("the change of the outstanding amount") Money change,
        @Meaning("the day it took effect (issue, receipt or credit date)") LocalDate businessDate,
        @Meaning(value = "on the issue only: when the invoice falls due", optional = true) LocalDate dueDate,
        @Meaning("when it was recorded") Instant recordedAt) {
}
