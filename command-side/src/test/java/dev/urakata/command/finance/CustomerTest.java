package dev.urakata.command.finance;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.CustomerRegisteredEvent;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.IssueCreditNoteCommand;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentAllocation;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.PaymentReminderIssuedEvent;
import dev.urakata.shared.finance.RecordPaymentCommand;
import dev.urakata.shared.finance.RegisterCustomerCommand;
import dev.urakata.shared.finance.TaxedLine;
import dev.urakata.shared.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command of the customer account, accepted and refused, with tax and settlement figures to the cent. */
class CustomerTest {

    static final CustomerId ACME = new CustomerId("acme");
    static final InvoiceId INV = new InvoiceId("inv-1");
    static final InvoiceId INV2 = new InvoiceId("inv-2");
    static final LocalDate ISSUED = LocalDate.of(2026, 4, 10);
    static final LocalDate DUE = LocalDate.of(2026, 5, 10);
    static final BigDecimal TEN = new BigDecimal("0.10");
    static final BigDecimal EIGHT = new BigDecimal("0.08");

    /** 3 x 33.33 = 99.99 net, 10 % tax 9.999 -> 10.00; 1 x 0.05 at 8 % = 0.004 -> 0.00 (half-even per line). */
    static final List<InvoiceLine> LINES = List.of(
            new InvoiceLine("Consulting", new BigDecimal("3"), eur("33.33"), "STANDARD"),
            new InvoiceLine("Bread", new BigDecimal("1"), eur("0.05"), "REDUCED"));
    static final List<TaxedLine> TAXED = List.of(
            new TaxedLine(1, "Consulting", new BigDecimal("3"), eur("33.33"), "STANDARD", TEN, eur("99.99"),
                    eur("10.00"), eur("109.99")),
            new TaxedLine(2, "Bread", new BigDecimal("1"), eur("0.05"), "REDUCED", EIGHT, eur("0.05"), eur("0.00"),
                    eur("0.05")));

    private AggregateTestFixture<Customer> fixture;

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(new TaxRates());
    }

    static CustomerRegisteredEvent registered() {
        return new CustomerRegisteredEvent(ACME, "Acme GmbH", "EUR", 30);
    }

    static InvoiceIssuedEvent issued() {
        return new InvoiceIssuedEvent(ACME, INV, ISSUED, DUE, TAXED, eur("100.04"), eur("10.00"), eur("110.04"));
    }

    static Object[] issuedHistory() {
        return new Object[]{registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES), issued()};
    }

    @Nested
    class Registering {
        @Test
        void registersACustomer() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCustomerCommand(ACME, " Acme GmbH ", "EUR", 30))
                    .expectEvents(registered());
        }

        @Test
        void refusesAnUnknownCurrencyOrTerms() {
            fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(ACME, "Acme", "EURO", 30))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity().when(new RegisterCustomerCommand(ACME, "Acme", "EUR", 400))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class Invoicing {
        @Test
        void draftsAndRedraftsAnInvoice() {
            fixture.given(registered())
                    .when(new DraftInvoiceCommand(ACME, INV, LINES))
                    .expectEvents(new InvoiceDraftedEvent(ACME, INV, "EUR", LINES));
        }

        @Test
        void aDraftNamesTheContractItBillsAndARedraftWithoutOneKeepsIt() {
            ContractId contract = new ContractId("c-1");
            fixture.given(registered())
                    .when(new DraftInvoiceCommand(ACME, INV, LINES, contract))
                    .expectEvents(new InvoiceDraftedEvent(ACME, INV, "EUR", LINES, contract));
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES, contract))
                    .when(new DraftInvoiceCommand(ACME, INV, LINES))
                    .expectEvents(new InvoiceDraftedEvent(ACME, INV, "EUR", LINES, contract));
        }

        @Test
        void refusesAnUnknownTaxCodeAnotherCurrencyOrNoLines() {
            fixture.given(registered()).when(new DraftInvoiceCommand(ACME, INV,
                            List.of(new InvoiceLine("x", BigDecimal.ONE, eur("1.00"), "LUXURY"))))
                    .expectException(refusedWith(FinanceErrors.UNKNOWN_TAX_CODE)).expectNoEvents();
            fixture.given(registered()).when(new DraftInvoiceCommand(ACME, INV,
                            List.of(new InvoiceLine("x", BigDecimal.ONE, Money.of("1", "JPY"), "STANDARD"))))
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
            fixture.given(registered()).when(new DraftInvoiceCommand(ACME, INV, List.of()))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(registered()).when(new DraftInvoiceCommand(ACME, INV,
                            List.of(new InvoiceLine("x", new BigDecimal("0.0001"), eur("1.00"), "STANDARD"))))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        @Test
        void issuingRoundsTaxPerLineHalfEvenAndSchedulesTheDueDeadline() {
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .when(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .expectEvents(issued())
                    .expectScheduledDeadlineWithName(Instant.parse("2026-05-11T00:00:00Z"), Customer.INVOICE_DUE);
        }

        @Test
        void theDueDateDefaultsToThePaymentTerms() {
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .when(new IssueInvoiceCommand(ACME, INV, ISSUED, null))
                    .expectEvents(new InvoiceIssuedEvent(ACME, INV, ISSUED, ISSUED.plusDays(30), TAXED,
                            eur("100.04"), eur("10.00"), eur("110.04")));
        }

        @Test
        void theRateInForceOnTheIssueDateApplies() {
            List<InvoiceLine> one = List.of(new InvoiceLine("Old", BigDecimal.ONE, eur("100.00"), "STANDARD"));
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", one))
                    .when(new IssueInvoiceCommand(ACME, INV, LocalDate.of(2019, 9, 30), null))
                    .expectEvents(new InvoiceIssuedEvent(ACME, INV, LocalDate.of(2019, 9, 30),
                            LocalDate.of(2019, 10, 30), List.of(new TaxedLine(1, "Old", BigDecimal.ONE,
                            eur("100.00"), "STANDARD", EIGHT, eur("100.00"), eur("8.00"), eur("108.00"))),
                            eur("100.00"), eur("8.00"), eur("108.00")));
        }

        @Test
        void anIssuedInvoiceIsNeitherRedraftedNorIssuedAgain() {
            fixture.given(issuedHistory()).when(new DraftInvoiceCommand(ACME, INV, LINES))
                    .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(issuedHistory()).when(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
        }

        @Test
        void refusesAnUnknownInvoiceOrADueDateBeforeIssue() {
            fixture.given(registered()).when(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .expectException(refusedWith(FinanceErrors.UNKNOWN_INVOICE)).expectNoEvents();
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .when(new IssueInvoiceCommand(ACME, INV, ISSUED, ISSUED.minusDays(1)))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class Payments {
        @Test
        void aPartialPaymentLeavesTheRestOutstanding() {
            fixture.given(issuedHistory())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("50.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("50.00")))))
                    .expectEvents(new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("50.00"), DUE,
                                    eur("0.00"), eur("0.00")),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV, eur("50.00"), DUE,
                                    eur("60.04"), InvoiceStatus.PARTIALLY_PAID));
        }

        @Test
        void theRestPaysItAndTheOverpaymentBecomesCustomerCredit() {
            fixture.given(issuedHistory())
                    .andGiven(new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("50.00"), DUE, eur("0.00"),
                                    eur("0.00")),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV, eur("50.00"), DUE,
                                    eur("60.04"), InvoiceStatus.PARTIALLY_PAID))
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p2"), eur("70.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("60.04")))))
                    .expectEvents(new PaymentReceivedEvent(ACME, new PaymentId("p2"), eur("70.00"), DUE,
                                    eur("9.96"), eur("9.96")),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p2"), INV, eur("60.04"), DUE,
                                    eur("0.00"), InvoiceStatus.PAID));
        }

        @Test
        void onePaymentSettlesSeveralInvoices() {
            fixture.given(issuedHistory())
                    .andGiven(new InvoiceDraftedEvent(ACME, INV2, "EUR", LINES),
                            new InvoiceIssuedEvent(ACME, INV2, ISSUED, DUE, TAXED, eur("100.04"), eur("10.00"),
                                    eur("110.04")))
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("220.08"), DUE,
                            List.of(new PaymentAllocation(INV, eur("110.04")),
                                    new PaymentAllocation(INV2, eur("110.04")))))
                    .expectEvents(new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("220.08"), DUE,
                                    eur("0.00"), eur("0.00")),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV, eur("110.04"), DUE,
                                    eur("0.00"), InvoiceStatus.PAID),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV2, eur("110.04"), DUE,
                                    eur("0.00"), InvoiceStatus.PAID));
        }

        @Test
        void refusesOverAllocationAndAllocationsAboveThePayment() {
            fixture.given(issuedHistory())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("200.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("110.05")))))
                    .expectException(refusedWith(FinanceErrors.OVER_ALLOCATION)).expectNoEvents();
            fixture.given(issuedHistory())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("10.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("10.01")))))
                    .expectException(refusedWith(FinanceErrors.OVER_ALLOCATION)).expectNoEvents();
        }

        @Test
        void refusesDraftsUnknownInvoicesNonPositiveAmountsAndOtherCurrencies() {
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("1.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("1.00")))))
                    .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(registered())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("1.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("1.00")))))
                    .expectException(refusedWith(FinanceErrors.UNKNOWN_INVOICE)).expectNoEvents();
            fixture.given(registered())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("0.00"), DUE, List.of()))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(registered())
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), Money.of("5", "JPY"), DUE, List.of()))
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        }

        @Test
        void aRetriedPaymentIsNotBookedTwice() {
            fixture.given(issuedHistory())
                    .andGiven(new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("5.00"), DUE, eur("5.00"),
                            eur("5.00")))
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("5.00"), DUE, List.of()))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class CreditNotes {
        static final List<InvoiceLine> CREDIT = List.of(
                new InvoiceLine("Consulting", new BigDecimal("1"), eur("33.33"), "STANDARD"));
        static final List<TaxedLine> CREDIT_TAXED = List.of(new TaxedLine(1, "Consulting", BigDecimal.ONE,
                eur("33.33"), "STANDARD", TEN, eur("33.33"), eur("3.33"), eur("36.66")));

        @Test
        void aCreditNoteReducesWhatIsOutstanding() {
            fixture.given(issuedHistory())
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "one day too many",
                            CREDIT))
                    .expectEvents(new CreditNoteIssuedEvent(ACME, INV, new CreditNoteId("cn-1"), DUE,
                            "one day too many", CREDIT_TAXED, eur("33.33"), eur("3.33"), eur("36.66"), eur("36.66"),
                            eur("0.00"), eur("73.38"), InvoiceStatus.ISSUED));
        }

        @Test
        void creditingAPaidInvoiceGivesCustomerCredit() {
            fixture.given(issuedHistory())
                    .andGiven(new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("110.04"), DUE, eur("0.00"),
                                    eur("0.00")),
                            new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV, eur("110.04"), DUE,
                                    eur("0.00"), InvoiceStatus.PAID))
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "refund", CREDIT))
                    .expectEvents(new CreditNoteIssuedEvent(ACME, INV, new CreditNoteId("cn-1"), DUE, "refund",
                            CREDIT_TAXED, eur("33.33"), eur("3.33"), eur("36.66"), eur("0.00"), eur("36.66"),
                            eur("0.00"), InvoiceStatus.PAID));
        }

        /**
         * A settled invoice leaves the open ones (what payments, reminders and deadlines act on), yet keeps what a
         * reused id and a later credit note are decided by: its second credit note still gives customer credit.
         */
        @Test
        void aSettledInvoiceLeavesTheOpenOnesAndStaysCreditable() {
            Object[] paidInFull = {new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("110.04"), DUE,
                    eur("0.00"), eur("0.00")), new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV,
                    eur("110.04"), DUE, eur("0.00"), InvoiceStatus.PAID)};
            // first: the fixture cannot show state once one of its commands was refused (rolled back)
            fixture.given(issuedHistory()).andGiven(paidInFull)
                    .andGiven(new CreditNoteIssuedEvent(ACME, INV, new CreditNoteId("cn-1"), DUE, "refund",
                            CREDIT_TAXED, eur("33.33"), eur("3.33"), eur("36.66"), eur("0.00"), eur("36.66"),
                            eur("0.00"), InvoiceStatus.PAID))
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-2"), DUE, "refund", CREDIT))
                    .expectEvents(new CreditNoteIssuedEvent(ACME, INV, new CreditNoteId("cn-2"), DUE, "refund",
                            CREDIT_TAXED, eur("33.33"), eur("3.33"), eur("36.66"), eur("0.00"), eur("36.66"),
                            eur("0.00"), InvoiceStatus.PAID))
                    .expectState(customer -> assertThat(customer.openInvoiceIds()).isEmpty());
            fixture.given(issuedHistory()).andGiven(paidInFull)
                    .when(new DraftInvoiceCommand(ACME, INV, LINES))
                    .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(issuedHistory()).andGiven(paidInFull)
                    .when(new RecordPaymentCommand(ACME, new PaymentId("p2"), eur("1.00"), DUE,
                            List.of(new PaymentAllocation(INV, eur("1.00")))))
                    .expectException(refusedWith(FinanceErrors.OVER_ALLOCATION)).expectNoEvents();
            fixture.given(issuedHistory()).andGiven(paidInFull)
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "too much",
                            List.of(new InvoiceLine("x", new BigDecimal("4"), eur("33.33"), "STANDARD"))))
                    .expectException(refusedWith(FinanceErrors.CREDIT_EXCEEDS_INVOICE)).expectNoEvents();
        }

        @Test
        void refusesCreditingMoreThanTheInvoiceOrADraftOrAForeignTaxCode() {
            fixture.given(issuedHistory())
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "too much",
                            List.of(new InvoiceLine("x", new BigDecimal("4"), eur("33.33"), "STANDARD"))))
                    .expectException(refusedWith(FinanceErrors.CREDIT_EXCEEDS_INVOICE)).expectNoEvents();
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "draft", CREDIT))
                    .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
            fixture.given(issuedHistory())
                    .when(new IssueCreditNoteCommand(ACME, INV, new CreditNoteId("cn-1"), DUE, "exempt",
                            List.of(new InvoiceLine("x", BigDecimal.ONE, eur("1.00"), "EXEMPT"))))
                    .expectException(refusedWith(FinanceErrors.UNKNOWN_TAX_CODE)).expectNoEvents();
        }
    }

    @Nested
    class Deadlines {
        @Test
        void anUnpaidInvoiceBecomesOverdueTheMomentItsDueDateEndsWithAFirstReminder() {
            fixture.givenCurrentTime(Instant.parse("2026-04-10T09:00:00Z"))
                    .andGiven(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .andGivenCommands(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .whenTimeAdvancesTo(Instant.parse("2026-05-10T23:59:59Z"))
                    .expectNoEvents();
            setUp(); // a fresh fixture: its clock can only be set before anything is scheduled
            fixture.givenCurrentTime(Instant.parse("2026-04-10T09:00:00Z"))
                    .andGiven(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .andGivenCommands(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .whenTimeAdvancesTo(Instant.parse("2026-05-11T00:00:00Z"))
                    .expectEvents(new InvoiceOverdueEvent(ACME, INV, DUE, eur("110.04")),
                            new PaymentReminderIssuedEvent(ACME, INV, 1, DUE, eur("110.04")))
                    .expectScheduledDeadlineWithName(Customer.REMINDER_INTERVAL, Customer.PAYMENT_REMINDER);
        }

        @Test
        void remindersFollowEveryTwoWeeksUpToThree() {
            fixture.givenCurrentTime(Instant.parse("2026-04-10T09:00:00Z"))
                    .andGiven(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .andGivenCommands(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE))
                    .whenThenTimeElapses(Duration.ofDays(3650))
                    .expectEvents(new InvoiceOverdueEvent(ACME, INV, DUE, eur("110.04")),
                            new PaymentReminderIssuedEvent(ACME, INV, 1, DUE, eur("110.04")),
                            new PaymentReminderIssuedEvent(ACME, INV, 2, DUE, eur("110.04")),
                            new PaymentReminderIssuedEvent(ACME, INV, 3, DUE, eur("110.04")))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aPaidInvoiceIsNeverOverdue() {
            fixture.given(registered(), new InvoiceDraftedEvent(ACME, INV, "EUR", LINES))
                    .andGivenCommands(new IssueInvoiceCommand(ACME, INV, ISSUED, DUE),
                            new RecordPaymentCommand(ACME, new PaymentId("p1"), eur("110.04"), DUE,
                                    List.of(new PaymentAllocation(INV, eur("110.04")))))
                    .whenThenTimeElapses(Duration.ofDays(3650))
                    .expectNoEvents();
        }
    }
}
