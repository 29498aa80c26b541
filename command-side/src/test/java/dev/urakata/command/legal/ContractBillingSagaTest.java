package dev.urakata.command.legal;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed customer contract invoices its customer by plan: at signing, then each month as a deadline fires. */
class ContractBillingSagaTest {

    static final ContractId ID = new ContractId("c-9");
    static final CustomerId CUSTOMER = new CustomerId("cus-1");
    static final LocalDate SIGNED_ON = LocalDate.of(2031, 1, 31);
    static final Instant SIGNED_AT = Instant.parse("2031-01-31T10:00:00Z");
    static final ContractBilling MONTHLY = new ContractBilling(Money.of("100000", "JPY"), BillingPlan.MONTHLY, 3,
            "STANDARD");

    private SagaTestFixture<ContractBillingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContractBillingSaga.class);
    }

    static ContractSignedEvent signed(ContractKind kind, ContractBilling billing) {
        return new ContractSignedEvent(ID, kind, CUSTOMER.value(), SIGNED_ON, billing);
    }

    static InvoiceId invoice(int number) {
        return new InvoiceId("c-9-" + number);
    }

    static DraftInvoiceCommand draft(int number, String amount, String what) {
        return new DraftInvoiceCommand(CUSTOMER, invoice(number), List.of(new InvoiceLine("Contract c-9: " + what,
                BigDecimal.ONE, Money.of(amount, "JPY"), "STANDARD")), ID);
    }

    static IssueInvoiceCommand issue(int number, LocalDate on) {
        return new IssueInvoiceCommand(CUSTOMER, invoice(number), on, null);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    @Test
    void signingInvoicesTheFirstInstalmentAndSchedulesTheNext() {
        fixture.givenCurrentTime(SIGNED_AT)
                .whenPublishingA(signed(ContractKind.CUSTOMER, MONTHLY))
                .expectActiveSagas(1)
                .expectDispatchedCommands(draft(1, "33334", "instalment 1 of 3"), issue(1, SIGNED_ON))
                // a month after the 31st of January is the last day of February
                .expectScheduledDeadlineWithName(startOf(LocalDate.of(2031, 2, 28)),
                        ContractBillingSaga.NEXT_INSTALMENT);
    }

    @Test
    void theDeadlineInvoicesTheNextInstalment() throws Exception {
        fixture.givenCurrentTime(SIGNED_AT)
                .andThenAPublished(signed(ContractKind.CUSTOMER, MONTHLY))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2031, 2, 28)))
                .expectTriggeredDeadlinesWithName(ContractBillingSaga.NEXT_INSTALMENT)
                .expectDispatchedCommands(draft(2, "33333", "instalment 2 of 3"), issue(2, LocalDate.of(2031, 2, 28)))
                .expectScheduledDeadlineWithName(startOf(LocalDate.of(2031, 3, 31)),
                        ContractBillingSaga.NEXT_INSTALMENT)
                .expectActiveSagas(1);
    }

    @Test
    void theLastInstalmentEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(SIGNED_AT)
                .andThenAPublished(signed(ContractKind.CUSTOMER, MONTHLY))
                .andThenTimeAdvancesTo(startOf(LocalDate.of(2031, 2, 28)))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2031, 3, 31)))
                .expectDispatchedCommands(draft(3, "33333", "instalment 3 of 3"), issue(3, LocalDate.of(2031, 3, 31)))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aOneOffPlanInvoicesOnceAtSigning() {
        fixture.givenCurrentTime(SIGNED_AT)
                .whenPublishingA(signed(ContractKind.CUSTOMER, new ContractBilling(Money.of("5000", "JPY"),
                        BillingPlan.ONE_OFF, 1, "STANDARD")))
                .expectDispatchedCommands(draft(1, "5000", "one-off"), issue(1, SIGNED_ON))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aContractWithoutBillingTermsInvoicesNothing() {
        fixture.givenCurrentTime(SIGNED_AT)
                .whenPublishingA(signed(ContractKind.CUSTOMER, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
        fixture.givenCurrentTime(SIGNED_AT)
                .whenPublishingA(signed(ContractKind.SUPPLIER, MONTHLY))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void aRedeliveredSigningInvoicesNothingTwice() {
        fixture.givenCurrentTime(SIGNED_AT)
                .andThenAPublished(signed(ContractKind.CUSTOMER, MONTHLY))
                .whenPublishingA(signed(ContractKind.CUSTOMER, MONTHLY))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void terminationStopsTheInstalmentsNotYetDue() throws Exception {
        fixture.givenCurrentTime(SIGNED_AT)
                .andThenAPublished(signed(ContractKind.CUSTOMER, MONTHLY))
                .andThenAPublished(new ContractTerminatedEvent(ID, ContractKind.CUSTOMER, CUSTOMER.value(),
                        LocalDate.of(2031, 2, 10), "Customer went elsewhere"))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2031, 6, 1)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void expiryEndsTheSaga() {
        fixture.givenCurrentTime(SIGNED_AT)
                .andThenAPublished(signed(ContractKind.CUSTOMER, MONTHLY))
                .whenPublishingA(new ContractExpiredEvent(ID, ContractKind.CUSTOMER, CUSTOMER.value(),
                        LocalDate.of(2031, 2, 1)))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aRefusedDraftIsNotIssuedAndTheNextInstalmentStillFollows() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof DraftInvoiceCommand) {
                throw new DomainException(FinanceErrors.UNKNOWN_TAX_CODE, "no such rate");
            }
            return null;
        });
        fixture.givenCurrentTime(SIGNED_AT)
                .whenPublishingA(signed(ContractKind.CUSTOMER, MONTHLY))
                .expectDispatchedCommands(draft(1, "33334", "instalment 1 of 3"))
                .expectScheduledDeadlineWithName(startOf(LocalDate.of(2031, 2, 28)),
                        ContractBillingSaga.NEXT_INSTALMENT)
                .expectActiveSagas(1);
    }

    @Test
    void aLongContractIdStillGivesAValidInvoiceIdPerInstalment() {
        ContractId longId = new ContractId("x".repeat(64));
        assertThat(ContractBillingSaga.invoiceIdOf(longId, 1)).isNotEqualTo(ContractBillingSaga.invoiceIdOf(longId, 2));
        assertThat(ContractBillingSaga.invoiceIdOf(longId, 1)).isEqualTo(ContractBillingSaga.invoiceIdOf(longId, 1));
        assertThat(ContractBillingSaga.invoiceIdOf(ID, 2)).isEqualTo(new InvoiceId("c-9-2"));
    }
}
