package dev.urakata.command.finance;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.ApplyCustomerCreditCommand;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.RecordPaymentCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.command.finance.CustomerTest.ACME;
import static dev.urakata.command.finance.CustomerTest.INV2;
import static dev.urakata.command.finance.CustomerTest.INV;
import static dev.urakata.command.finance.CustomerTest.ISSUED;
import static dev.urakata.command.finance.CustomerTest.LINES;
import static dev.urakata.command.finance.CustomerTest.eur;
import static dev.urakata.command.finance.CustomerTest.issuedHistory;
import static dev.urakata.command.support.Refusals.refusedWith;

/** Applying credit a customer holds to a later invoice: explicit, bounded by the credit and the outstanding. */
class CustomerCreditTest {

    static final CreditApplicationId APP = new CreditApplicationId("app-1");
    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(new TaxRates());
    }

    /** Invoice 1 issued (110.04 outstanding) and 50.00 received with no allocation: 50.00 credit. */
    static List<Object> withCredit(String credit) {
        List<Object> events = new ArrayList<>(List.of(issuedHistory()));
        events.add(new PaymentReceivedEvent(ACME, new PaymentId("p-1"), eur(credit), ISSUED, eur(credit),
                eur(credit)));
        return events;
    }

    @Test
    void appliesPartOfTheCreditAndTheInvoiceIsPartiallyPaid() {
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, eur("30.00"), DAY))
                .expectEvents(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("30.00"), DAY, eur("80.04"),
                        InvoiceStatus.PARTIALLY_PAID, eur("20.00")));
    }

    @Test
    void withoutAnAmountAppliesAsMuchAsPossibleAndMaySettleTheInvoice() {
        fixture.given(withCredit("200.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, null, DAY))
                .expectEvents(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("110.04"), DAY, eur("0.00"),
                        InvoiceStatus.PAID, eur("89.96")));
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, null, DAY))
                .expectEvents(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("50.00"), DAY, eur("60.04"),
                        InvoiceStatus.PARTIALLY_PAID, eur("0.00")));
    }

    @Test
    void theCreditLeftIsWhatALaterPaymentBuildsOn() {
        List<Object> history = withCredit("50.00");
        history.add(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("30.00"), DAY, eur("80.04"),
                InvoiceStatus.PARTIALLY_PAID, eur("20.00")));
        fixture.given(history)
                .when(new RecordPaymentCommand(ACME, new PaymentId("p-2"), eur("5.00"), DAY, List.of()))
                .expectEvents(new PaymentReceivedEvent(ACME, new PaymentId("p-2"), eur("5.00"), DAY, eur("5.00"),
                        eur("25.00")));
    }

    @Test
    void aRetriedApplicationAppliesNothingNew() {
        List<Object> history = withCredit("50.00");
        history.add(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("30.00"), DAY, eur("80.04"),
                InvoiceStatus.PARTIALLY_PAID, eur("20.00")));
        fixture.given(history)
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, eur("30.00"), DAY))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesMoreThanTheCreditOrTheOutstandingOrNoCreditAtAll() {
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, eur("50.01"), DAY))
                .expectException(refusedWith(FinanceErrors.INSUFFICIENT_CUSTOMER_CREDIT)).expectNoEvents();
        fixture.given(withCredit("200.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, eur("110.05"), DAY))
                .expectException(refusedWith(FinanceErrors.OVER_ALLOCATION)).expectNoEvents();
        fixture.given(issuedHistory())
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, null, DAY))
                .expectException(refusedWith(FinanceErrors.INSUFFICIENT_CUSTOMER_CREDIT)).expectNoEvents();
    }

    @Test
    void refusesADraftASettledOrAnUnknownInvoiceAndBadInput() {
        List<Object> draft = withCredit("50.00");
        draft.add(new InvoiceDraftedEvent(ACME, INV2, "EUR", LINES));
        fixture.given(draft).when(new ApplyCustomerCreditCommand(ACME, APP, INV2, null, DAY))
                .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
        List<Object> settled = withCredit("200.00");
        settled.add(new CustomerCreditAppliedEvent(ACME, APP, INV, eur("110.04"), DAY, eur("0.00"),
                InvoiceStatus.PAID, eur("89.96")));
        fixture.given(settled)
                .when(new ApplyCustomerCreditCommand(ACME, new CreditApplicationId("app-2"), INV, null, DAY))
                .expectException(refusedWith(FinanceErrors.INVOICE_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, new InvoiceId("nope"),
                        null, DAY))
                .expectException(refusedWith(FinanceErrors.UNKNOWN_INVOICE)).expectNoEvents();
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, eur("-1.00"), DAY))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, Money.of("1", "JPY"), DAY))
                .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        fixture.given(withCredit("50.00"))
                .when(new ApplyCustomerCreditCommand(ACME, APP, INV, null, ISSUED.minusDays(1)))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    private static dev.urakata.shared.money.Money Money(String amount, String currency) {
        return dev.urakata.shared.money.Money.of(amount, currency);
    }
}
