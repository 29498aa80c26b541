package dev.urakata.query.legal;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractDetails;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractExpiryReminderIssuedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractPage;
import dev.urakata.shared.legal.ContractRenewedEvent;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.legal.ContractSummary;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.FindContractQuery;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseNote;
import dev.urakata.shared.legal.LegalCaseNoteRecordedEvent;
import dev.urakata.shared.legal.LegalCaseOpenedEvent;
import dev.urakata.shared.legal.LegalCasePage;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseStatusChangedEvent;
import dev.urakata.shared.legal.ListContractsQuery;
import dev.urakata.shared.legal.ListLegalCasesQuery;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract and legal case read models on the embedded MongoDB-wire server. */
class LegalProjectionsTest {

    static final ContractId A = new ContractId("a");
    static final ContractId B = new ContractId("b");
    static final ContractId C = new ContractId("c");
    static final Instant T = Instant.parse("2026-04-01T09:00:00Z");
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private ContractProjection contracts;

    @BeforeEach
    void setUp() {
        contracts = new ContractProjection(mongo.template());
    }

    private void draft(ContractId id, ContractKind kind, String counterparty, LocalDate end) {
        contracts.on(new ContractDraftedEvent(id, kind, counterparty, "Contract " + id, APRIL, end), 0, T, "legal");
    }

    private void signAndActivate(ContractId id, ContractKind kind, String counterparty) {
        contracts.on(new ContractSignedEvent(id, kind, counterparty, APRIL), 1, T.plusSeconds(60), "legal");
        contracts.on(new ContractActivatedEvent(id, kind, counterparty, APRIL), 2, T.plusSeconds(60), "legal");
    }

    @Test
    void aContractShowsItsStatusAndHistoryOnceEvenWhenEventsAreRedelivered() {
        draft(A, ContractKind.SUPPLIER, "sup-1", LocalDate.of(2026, 12, 31));
        signAndActivate(A, ContractKind.SUPPLIER, "sup-1");
        signAndActivate(A, ContractKind.SUPPLIER, "sup-1"); // redelivered
        contracts.on(new ContractRenewedEvent(A, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31)), 3,
                T.plusSeconds(120), "admin");
        contracts.on(new ContractExpiryReminderIssuedEvent(A, LocalDate.of(2027, 12, 31), 30), 4, T.plusSeconds(180),
                null);

        ContractDetails details = contracts.handle(new FindContractQuery(A)).orElseThrow();
        assertThat(details.contract()).isEqualTo(new ContractSummary(A, ContractKind.SUPPLIER, "sup-1", "Contract a",
                APRIL, LocalDate.of(2027, 12, 31), ContractStatus.RENEWED, APRIL, null));
        assertThat(details.history()).extracting(h -> h.event()).containsExactly("ContractDraftedEvent",
                "ContractSignedEvent", "ContractActivatedEvent", "ContractRenewedEvent",
                "ContractExpiryReminderIssuedEvent");
        assertThat(details.history().get(3).user()).isEqualTo("admin");
        assertThat(details.history().get(3).detail()).contains("2027-12-31");
        assertThat(contracts.handle(new FindContractQuery(new ContractId("nope")))).isEmpty();
    }

    @Test
    void contractsAreFilteredByStatusKindAndCounterparty() {
        draft(A, ContractKind.SUPPLIER, "sup-1", LocalDate.of(2026, 12, 31));
        draft(B, ContractKind.EMPLOYMENT, "e-1", null);
        draft(C, ContractKind.SUPPLIER, "sup-2", LocalDate.of(2026, 6, 30));
        signAndActivate(A, ContractKind.SUPPLIER, "sup-1");

        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, null, null, 0, 0, 20))))
                .containsExactly("c", "a", "b"); // by end date, open-ended last
        assertThat(ids(contracts.handle(new ListContractsQuery(ContractStatus.ACTIVE, null, null, null, 0, 0, 20))))
                .containsExactly("a");
        assertThat(ids(contracts.handle(new ListContractsQuery(null, ContractKind.SUPPLIER, null, null, 0, 0, 20))))
                .containsExactly("c", "a");
        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, "e-1", null, 0, 0, 20))))
                .containsExactly("b");
        ContractPage firstPage = contracts.handle(new ListContractsQuery(null, null, null, null, 0, 0, 2));
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(ids(firstPage)).hasSize(2);
    }

    @Test
    void expiringSoonListsContractsInForceEndingWithinTheWindowOfTheGivenDay() {
        draft(A, ContractKind.SUPPLIER, "sup-1", LocalDate.of(2026, 5, 10));
        signAndActivate(A, ContractKind.SUPPLIER, "sup-1");
        draft(B, ContractKind.SUPPLIER, "sup-2", LocalDate.of(2026, 5, 5)); // a draft is not in force
        draft(C, ContractKind.SUPPLIER, "sup-3", LocalDate.of(2026, 9, 30));
        signAndActivate(C, ContractKind.SUPPLIER, "sup-3");

        LocalDate on = LocalDate.of(2026, 4, 20);
        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, null, on, 30, 0, 20))))
                .containsExactly("a");
        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, null, on, 10, 0, 20)))).isEmpty();
        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, null, on, 365, 0, 20))))
                .containsExactly("a", "c");

        contracts.on(new ContractTerminatedEvent(A, ContractKind.SUPPLIER, "sup-1", LocalDate.of(2026, 4, 30),
                "ended"), 3, T.plusSeconds(300), "legal");
        contracts.on(new ContractExpiredEvent(C, ContractKind.SUPPLIER, "sup-3", LocalDate.of(2026, 9, 30)), 3,
                T.plusSeconds(300), null);
        assertThat(ids(contracts.handle(new ListContractsQuery(null, null, null, on, 365, 0, 20)))).isEmpty();
        assertThat(contracts.handle(new FindContractQuery(A)).orElseThrow().contract().terminatedOn())
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void legalCasesShowStatusAndNotesNewestCaseFirst() {
        LegalCaseProjection cases = new LegalCaseProjection(mongo.template());
        LegalCaseId one = new LegalCaseId("case-1");
        LegalCaseId two = new LegalCaseId("case-2");
        cases.on(new LegalCaseOpenedEvent(one, LegalCaseKind.COLLECTION, "cus-1", "Unpaid", "inv-1"), 0, T);
        cases.on(new LegalCaseOpenedEvent(two, LegalCaseKind.LITIGATION, null, "Patent claim", null), 0,
                T.plusSeconds(10));
        cases.on(new LegalCaseNoteRecordedEvent(one, "Called the customer"), 1, T.plusSeconds(20), "legal");
        cases.on(new LegalCaseNoteRecordedEvent(one, "Called the customer"), 1, T.plusSeconds(20), "legal");
        cases.on(new LegalCaseStatusChangedEvent(one, LegalCaseStatus.OPEN, LegalCaseStatus.SETTLED, "Paid"), 2,
                T.plusSeconds(30), "legal");

        LegalCasePage all = cases.handle(new ListLegalCasesQuery(null, null, null, 0, 20));
        assertThat(all.items()).extracting(c -> c.caseId().value()).containsExactly("case-2", "case-1");
        LegalCasePage settled = cases.handle(new ListLegalCasesQuery(null, LegalCaseStatus.SETTLED, null, 0, 20));
        assertThat(settled.items()).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("inv-1");
            assertThat(c.notes()).extracting(LegalCaseNote::text)
                    .containsExactly("Called the customer", "OPEN -> SETTLED: Paid");
        });
        assertThat(cases.handle(new ListLegalCasesQuery(null, null, LegalCaseKind.LITIGATION, 0, 20)).total())
                .isEqualTo(1);
        assertThat(cases.handle(new ListLegalCasesQuery(two, null, null, 0, 1)).items().get(0).status())
                .isEqualTo(LegalCaseStatus.OPEN);
    }

    static final ContractBilling MONTHLY = new ContractBilling(Money.of("100000", "JPY"), BillingPlan.MONTHLY, 3,
            "STANDARD");
    static final CustomerId CUSTOMER = new CustomerId("cus-1");

    private static Money yen(String amount) {
        return Money.of(amount, "JPY");
    }

    private void drafted(String invoice, ContractId contract, long sequence) {
        contracts.on(new InvoiceDraftedEvent(CUSTOMER, new InvoiceId(invoice), "JPY", List.of(new InvoiceLine("x",
                BigDecimal.ONE, yen("33334"), "STANDARD")), contract), sequence);
    }

    private void issued(String invoice, String gross, long sequence) {
        contracts.on(new InvoiceIssuedEvent(CUSTOMER, new InvoiceId(invoice), APRIL, APRIL.plusDays(30), List.of(),
                yen(gross), yen("0"), yen(gross)), sequence);
    }

    private void paid(String invoice, String amount, String outstandingAfter, long sequence) {
        contracts.on(new PaymentAllocatedEvent(CUSTOMER, new PaymentId("p-" + sequence), new InvoiceId(invoice),
                yen(amount), APRIL, yen(outstandingAfter), InvoiceStatus.PARTIALLY_PAID), sequence);
    }

    private ContractSummary contract(ContractId id) {
        return contracts.handle(new FindContractQuery(id)).orElseThrow().contract();
    }

    @Test
    void aCustomerContractShowsWhatItsInvoicesBilledWhatWasPaidAndWhatIsOutstanding() {
        contracts.on(new ContractDraftedEvent(A, ContractKind.CUSTOMER, "cus-1", "Support", APRIL, null, MONTHLY), 0,
                T, "legal");
        assertThat(contract(A).billing()).isEqualTo(MONTHLY);
        assertThat(contract(A).billed()).isEqualTo(yen("0"));

        drafted("a-1", A, 1);
        drafted("other", null, 2); // bills no contract
        issued("a-1", "36667", 3);
        issued("other", "5000", 4);
        drafted("a-2", A, 5);
        assertThat(contract(A)).extracting(ContractSummary::billed, ContractSummary::paid, ContractSummary::outstanding)
                .containsExactly(yen("36667"), yen("0"), yen("36667")); // a draft bills nothing yet

        issued("a-2", "36666", 6);
        paid("a-1", "30000", "6667", 7);
        paid("a-1", "30000", "6667", 7); // redelivered
        contracts.on(new CustomerCreditAppliedEvent(CUSTOMER, new CreditApplicationId("ca-1"), new InvoiceId("a-1"),
                yen("667"), APRIL, yen("6000"), InvoiceStatus.PARTIALLY_PAID, yen("0")), 8);
        contracts.on(new CreditNoteIssuedEvent(CUSTOMER, new InvoiceId("a-2"), new CreditNoteId("cn-1"), APRIL,
                "Discount", List.of(), yen("1000"), yen("100"), yen("1100"), yen("1100"), yen("0"), yen("35566"),
                InvoiceStatus.ISSUED), 9);

        assertThat(contract(A)).extracting(ContractSummary::billed, ContractSummary::paid, ContractSummary::outstanding)
                .containsExactly(yen("73333"), yen("30667"), yen("41566"));
        assertConforms(mongo.template(), ContractProjection.COLLECTION);
        assertConforms(mongo.template(), ContractProjection.INVOICES);
    }

    @Test
    void invoicesHandledBeforeTheContractsDraftStillCount() {
        drafted("a-1", A, 1);
        issued("a-1", "36667", 2);
        contracts.on(new ContractDraftedEvent(A, ContractKind.CUSTOMER, "cus-1", "Support", APRIL, null, MONTHLY), 0,
                T, "legal");
        assertThat(contract(A).billed()).isEqualTo(yen("36667"));
        assertThat(contract(A).outstanding()).isEqualTo(yen("36667"));
    }

    @Test
    void aContractThatIsNotInvoicedShowsNoTotals() {
        draft(B, ContractKind.SUPPLIER, "sup-1", null);
        assertThat(contract(B).billing()).isNull();
        assertThat(contract(B).billed()).isNull();
    }

    private static java.util.List<String> ids(ContractPage page) {
        return page.items().stream().map(c -> c.contractId().value()).toList();
    }
}
