package dev.urakata.query.legal;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document of {@code legal_contracts}: one contract with its terms, status and history, keyed by contract id. The
 * other party of an employment contract is an employee, whom its id and often its title name, and the history says who
 * did what and why: analysts see kind, dates and status.
 */
public record ContractDocument(
        @Id String id,
        @Meaning("who the other party is: `EMPLOYMENT`, `SUPPLIER` or `CUSTOMER`") ContractKind kind,
        @Meaning(value = "the other party's id in its own context (an employee id for an employment contract)",
                hidden = true) String counterpartyId,
        @Meaning(value = "what the contract is", hidden = true) String title,
        @Meaning("first day in force") LocalDate startDate,
        @Meaning(value = "last day (absent when open-ended)", optional = true) LocalDate endDate,
        @Meaning("last day, `9999-12-31` when open-ended: the order contracts are listed in") LocalDate endSort,
        @Meaning("`DRAFT`, `SIGNED`, `ACTIVE`, `RENEWED`, `EXPIRED` or `TERMINATED`") ContractStatus status,
        @Meaning("the contract's last event applied (for idempotency)") long lastSequence,
        @Meaning(value = "every step, with when it was recorded, its event, who and what", hidden = true)
        List<Step> history,
        @Meaning(value = "the day it was signed", optional = true) LocalDate signedOn,
        @Meaning(value = "its last day after a termination", optional = true) LocalDate terminatedOn,
        @Meaning(value = "a customer contract's value, net of tax (absent when it is not invoiced)", optional = true)
        Money value,
        @Meaning(value = "how it is invoiced: `ONE_OFF` or `MONTHLY`", optional = true) BillingPlan billingPlan,
        @Meaning(value = "the number of invoices of its plan", optional = true) Integer billingMonths,
        @Meaning(value = "the tax code of its invoice lines", optional = true) String taxCode,
        @Meaning(value = "what its issued invoices came to, tax included", optional = true) Money billed,
        @Meaning(value = "payments and customer credit applied to its invoices", optional = true) Money paid,
        @Meaning(value = "what is still owed on its invoices", optional = true) Money outstanding) {

    /** One line of a contract's history. */
    public record Step(Instant recordedAt, String event, String user, String detail) {
    }
}
