package dev.urakata.command.processes;

import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReminderIssuedEvent;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.OpenLegalCaseCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static dev.urakata.command.processes.ProcessFixtures.allCorrelatedWith;
import static dev.urakata.command.processes.ProcessFixtures.correlated;

/** Dunning: after the last reminder an unpaid invoice goes to legal as a collection case; settling it stops that. */
class DunningSagaTest {

    static final CustomerId CUSTOMER = new CustomerId("cust-1");
    static final InvoiceId INVOICE = new InvoiceId("inv-1");
    static final LocalDate DUE = LocalDate.parse("2026-03-31");
    static final Money OUTSTANDING = Money.of("110000", "JPY");

    private SagaTestFixture<DunningSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DunningSaga.class);
        fixture.registerResource(ProcessSettings.defaults());
    }

    static PaymentReminderIssuedEvent reminder(int number, Money outstanding) {
        return new PaymentReminderIssuedEvent(CUSTOMER, INVOICE, number, DUE, outstanding);
    }

    static PaymentAllocatedEvent paid(String amount, String outstandingAfter, InvoiceStatus status) {
        return new PaymentAllocatedEvent(CUSTOMER, new PaymentId("pay-" + amount), INVOICE, Money.of(amount, "JPY"),
                LocalDate.parse("2026-05-01"), Money.of(outstandingAfter, "JPY"), status);
    }

    @Test
    void remindersBeforeTheLastScheduleNothing() {
        fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                .andThenAPublished(new InvoiceOverdueEvent(CUSTOMER, INVOICE, DUE, OUTSTANDING))
                .andThenAPublished(reminder(1, OUTSTANDING))
                .whenPublishingA(reminder(2, OUTSTANDING))
                .expectActiveSagas(1)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void anInvoiceStillUnpaidAfterTheLastReminderGoesToLegal() throws Exception {
        fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                .andThenAPublished(new InvoiceOverdueEvent(CUSTOMER, INVOICE, DUE, OUTSTANDING),
                        correlated("invoice-issue-1"))
                .andThenAPublished(reminder(1, OUTSTANDING))
                .andThenAPublished(reminder(2, OUTSTANDING))
                .andThenAPublished(paid("10000", "100000", InvoiceStatus.PARTIALLY_PAID))
                .andThenAPublished(reminder(3, Money.of("100000", "JPY")))
                .whenTimeElapses(Duration.ofDays(14))
                .expectDispatchedCommands(new OpenLegalCaseCommand(new LegalCaseId("collection-inv-1"),
                        LegalCaseKind.COLLECTION, "cust-1", "Collect overdue invoice inv-1 (100000 JPY outstanding)",
                        "inv-1"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("invoice-issue-1"))
                .expectActiveSagas(0);
    }

    @Test
    void settlingTheInvoiceEndsTheDunning() throws Exception {
        fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                .andThenAPublished(new InvoiceOverdueEvent(CUSTOMER, INVOICE, DUE, OUTSTANDING))
                .andThenAPublished(reminder(3, OUTSTANDING))
                .andThenAPublished(paid("110000", "0", InvoiceStatus.PAID))
                .whenTimeElapses(Duration.ofDays(30))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void creditAppliedThatSettlesTheInvoiceEndsTheDunningToo() throws Exception {
        fixture.givenCurrentTime(Instant.parse("2026-04-01T00:00:00Z"))
                .andThenAPublished(new InvoiceOverdueEvent(CUSTOMER, INVOICE, DUE, OUTSTANDING))
                .andThenAPublished(reminder(3, OUTSTANDING))
                .andThenAPublished(new CustomerCreditAppliedEvent(CUSTOMER, new CreditApplicationId("app-1"), INVOICE,
                        OUTSTANDING, LocalDate.parse("2026-05-02"), Money.of("0", "JPY"), InvoiceStatus.PAID,
                        Money.of("0", "JPY")))
                .whenTimeElapses(Duration.ofDays(30))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
