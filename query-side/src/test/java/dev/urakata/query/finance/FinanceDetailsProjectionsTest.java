package dev.urakata.query.finance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.finance.CreditApplicationId;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.CustomerDetails;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.CustomerPage;
import dev.urakata.shared.finance.CustomerRegisteredEvent;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimDetails;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.ExpenseClaimRejectedEvent;
import dev.urakata.shared.finance.ExpenseClaimSubmittedEvent;
import dev.urakata.shared.finance.FindCustomerQuery;
import dev.urakata.shared.finance.FindExpenseClaimQuery;
import dev.urakata.shared.finance.FindInvoiceQuery;
import dev.urakata.shared.finance.ListCustomersQuery;
import dev.urakata.shared.finance.InvoiceDetails;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceSummary;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.PaymentReceivedEvent;
import dev.urakata.shared.finance.TaxedLine;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The single-invoice, customer-account and expense-claim read models on the embedded MongoDB-wire server. */
class FinanceDetailsProjectionsTest {

    static final CustomerId ACME = new CustomerId("acme");
    static final InvoiceId INV = new InvoiceId("inv-1");
    static final InvoiceId INV2 = new InvoiceId("inv-2");
    static final LocalDate APR_10 = LocalDate.of(2026, 4, 10);
    static final Instant T0 = Instant.parse("2026-04-10T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private InvoiceProjection invoices;
    private CustomerAccountProjection customers;
    private ExpenseClaimProjection claims;
    private LedgerHistory history;

    @BeforeEach
    void setUp() {
        invoices = new InvoiceProjection(mongo.template());
        customers = new CustomerAccountProjection(mongo.template());
        claims = new ExpenseClaimProjection(mongo.template());
        history = new LedgerHistory(invoices, customers, claims);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    Instant at(int hours) {
        return T0.plusSeconds(3600L * hours);
    }

    void add(int hours, Object event) {
        GenericDomainEventMessage<?> message = history.add(at(hours), "Customer", "acme", event);
        history.deliver(message); // every event delivered twice: nothing may count twice
    }

    void issue(InvoiceId id, int hours, String gross) {
        add(hours, new InvoiceDraftedEvent(ACME, id, "EUR", List.of(new InvoiceLine("Consulting", BigDecimal.ONE,
                eur(gross), "EXEMPT"))));
        add(hours, new InvoiceIssuedEvent(ACME, id, APR_10, APR_10.plusDays(30), List.of(new TaxedLine(1,
                "Consulting", BigDecimal.ONE, eur(gross), "EXEMPT", BigDecimal.ZERO, eur(gross), eur("0.00"),
                eur(gross))), eur(gross), eur("0.00"), eur(gross)));
    }

    @Test
    void anInvoiceShowsItsLinesSettlementsAndCreditNotesAndTheAccountItsBalanceAndCredit() {
        add(0, new CustomerRegisteredEvent(ACME, "Acme GmbH", "EUR", 30));
        issue(INV, 1, "100.00");
        issue(INV2, 1, "50.00");
        // 130 received: 100 settles invoice 1, 30 kept as credit
        add(2, new PaymentReceivedEvent(ACME, new PaymentId("p1"), eur("130.00"), APR_10, eur("30.00"),
                eur("30.00")));
        add(2, new PaymentAllocatedEvent(ACME, new PaymentId("p1"), INV, eur("100.00"), APR_10, eur("0.00"),
                InvoiceStatus.PAID));
        // a credit note of 10 on the paid invoice goes to credit: 40
        add(3, new CreditNoteIssuedEvent(ACME, INV, new CreditNoteId("cn-1"), APR_10, "discount", List.of(),
                eur("10.00"), eur("0.00"), eur("10.00"), eur("0.00"), eur("10.00"), eur("0.00"),
                InvoiceStatus.PAID));
        CustomerDetails before = customers.handle(new FindCustomerQuery(ACME, null)).orElseThrow();
        assertThat(before.balance()).isEqualTo(eur("50.00"));
        assertThat(before.credit()).isEqualTo(eur("40.00"));
        assertThat(before.openInvoices()).isEqualTo(1);
        // 40 of credit applied to invoice 2
        add(4, new CustomerCreditAppliedEvent(ACME, new CreditApplicationId("app-1"), INV2, eur("40.00"), APR_10,
                eur("10.00"), InvoiceStatus.PARTIALLY_PAID, eur("0.00")));

        CustomerDetails account = customers.handle(new FindCustomerQuery(ACME, null)).orElseThrow();
        assertThat(account.name()).isEqualTo("Acme GmbH");
        assertThat(account.balance()).isEqualTo(eur("10.00"));
        assertThat(account.credit()).isEqualTo(eur("0.00"));
        assertThat(customers.handle(new FindCustomerQuery(ACME, at(3))).orElseThrow().credit())
                .isEqualTo(eur("40.00"));

        InvoiceDetails first = invoices.handle(new FindInvoiceQuery(INV, null)).orElseThrow();
        assertThat(first.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(first.lines()).extracting(TaxedLine::gross).containsExactly(eur("100.00"));
        assertThat(first.settlements()).containsExactly(new InvoiceDetails.Settlement("PAYMENT", "p1",
                eur("100.00"), APR_10));
        assertThat(first.creditNotes()).extracting(InvoiceDetails.CreditNote::toCustomerCredit)
                .containsExactly(eur("10.00"));
        InvoiceDetails second = invoices.handle(new FindInvoiceQuery(INV2, null)).orElseThrow();
        assertThat(second.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(second.outstanding()).isEqualTo(eur("10.00"));
        assertThat(second.settlements()).containsExactly(new InvoiceDetails.Settlement("CUSTOMER_CREDIT", "app-1",
                eur("40.00"), APR_10));
        // as it was before the credit was applied
        assertThat(invoices.handle(new FindInvoiceQuery(INV2, at(3))).orElseThrow().status())
                .isEqualTo(InvoiceStatus.ISSUED);
        assertConforms(mongo.template(), InvoiceProjection.INVOICES);
        assertConforms(mongo.template(), InvoiceProjection.HISTORY);
        assertConforms(mongo.template(), CustomerAccountProjection.CUSTOMERS);
        assertConforms(mongo.template(), CustomerAccountProjection.HISTORY);
    }

    @Test
    void anInvoiceNamesTheContractItBills() {
        add(0, new CustomerRegisteredEvent(ACME, "Acme GmbH", "EUR", 30));
        add(1, new InvoiceDraftedEvent(ACME, INV, "EUR", List.of(new InvoiceLine("Support", BigDecimal.ONE,
                eur("100.00"), "STANDARD")), new ContractId("c-1")));
        add(2, new InvoiceDraftedEvent(ACME, INV2, "EUR", List.of(new InvoiceLine("Bread", BigDecimal.ONE,
                eur("1.00"), "REDUCED"))));
        assertThat(invoices.handle(new FindInvoiceQuery(INV, null)).orElseThrow().contractId())
                .isEqualTo(new ContractId("c-1"));
        assertThat(invoices.handle(new FindInvoiceQuery(INV2, null)).orElseThrow().contractId()).isNull();
        assertThat(invoices.handle(new ListInvoicesQuery(null, ACME, null, 0, 20)).items())
                .extracting(InvoiceSummary::contractId).containsExactlyInAnyOrder(new ContractId("c-1"), null);
        assertConforms(mongo.template(), InvoiceProjection.INVOICES);
        assertConforms(mongo.template(), InvoiceProjection.HISTORY);
    }

    @Test
    void aDraftShowsItsLinesWithoutTaxAndUnknownsAreEmpty() {
        add(0, new CustomerRegisteredEvent(ACME, "Acme GmbH", "EUR", 30));
        add(1, new InvoiceDraftedEvent(ACME, INV, "EUR", List.of(new InvoiceLine("Bread", new BigDecimal("2"),
                eur("0.50"), "REDUCED"))));
        InvoiceDetails draft = invoices.handle(new FindInvoiceQuery(INV, null)).orElseThrow();
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.gross()).isNull();
        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.description()).isEqualTo("Bread");
            assertThat(line.tax()).isNull();
        });
        assertThat(invoices.handle(new FindInvoiceQuery(INV2, null))).isEmpty();
        assertThat(invoices.handle(new FindInvoiceQuery(INV, T0.minusSeconds(1)))).isEmpty();
        assertThat(customers.handle(new FindCustomerQuery(new CustomerId("nobody"), null))).isEmpty();
        assertThat(claims.handle(new FindExpenseClaimQuery(new ExpenseClaimId("none")))).isEmpty();
        assertConforms(mongo.template(), InvoiceProjection.INVOICES);
        assertConforms(mongo.template(), InvoiceProjection.HISTORY);
        assertConforms(mongo.template(), CustomerAccountProjection.CUSTOMERS);
    }

    @Test
    void customersAreListedByNameWithTheirCurrentAccount() {
        add(0, new CustomerRegisteredEvent(ACME, "Zeta Trading", "EUR", 30));
        issue(INV, 1, "100.00");
        CustomerId beta = new CustomerId("beta");
        history.deliver(history.add(at(1), "Customer", beta.value(), new CustomerRegisteredEvent(beta, "Alpha KK",
                "JPY", 45)));

        CustomerPage page = customers.handle(new ListCustomersQuery(0, 20));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(CustomerDetails::name).containsExactly("Alpha KK", "Zeta Trading");
        assertThat(page.items().get(0).customerId()).isEqualTo(beta);
        assertThat(page.items().get(1).balance()).isEqualTo(eur("100.00"));
        assertThat(customers.handle(new ListCustomersQuery(1, 1)).items()).extracting(CustomerDetails::customerId)
                .containsExactly(ACME);
    }

    @Test
    void anExpenseClaimShowsWhereItIs() {
        ExpenseClaimId claim = new ExpenseClaimId("claim-1");
        LocalDate spent = LocalDate.of(2026, 4, 3);
        add(0, new ExpenseClaimSubmittedEvent(claim, "E001", "Sales", Money.of("4200", "JPY"), spent, "TRAVEL",
                "Taxi", "staff1", "emp-E001"));
        add(1, new ExpenseClaimApprovedEvent(claim, "manager", "Sales", Money.of("4200", "JPY"), spent));
        ExpenseClaimDetails approved = claims.handle(new FindExpenseClaimQuery(claim)).orElseThrow();
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.decidedBy()).isEqualTo("manager");
        add(2, new ExpenseClaimReimbursedEvent(claim, Money.of("4200", "JPY"), LocalDate.of(2026, 4, 25)));
        ExpenseClaimDetails paid = claims.handle(new FindExpenseClaimQuery(claim)).orElseThrow();
        assertThat(paid.status()).isEqualTo("REIMBURSED");
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(paid.amount()).isEqualTo(Money.of("4200", "JPY"));
        assertThat(paid.employeeNumber()).isEqualTo("E001");
    }

    /** What a claim was for and why it was refused are free text about the employee: erased with them. */
    @Test
    void anErasureOfTheEmployeeOverwritesTheClaimsText() {
        ExpenseClaimId claim = new ExpenseClaimId("claim-2");
        ExpenseClaimId other = new ExpenseClaimId("claim-3");
        LocalDate spent = LocalDate.of(2026, 4, 3);
        add(0, new ExpenseClaimSubmittedEvent(claim, "E001", "Sales", Money.of("4200", "JPY"), spent, "TRAVEL",
                "Taxi with Sato-san", "staff1", "emp-E001"));
        add(0, new ExpenseClaimSubmittedEvent(other, "E002", "Sales", Money.of("900", "JPY"), spent, "MEALS",
                "Lunch", "staff2", "emp-E002"));
        add(1, new ExpenseClaimRejectedEvent(claim, "manager", "Sato-san paid", "emp-E001"));

        add(2, new PersonalDataErasedEvent(new DataSubjectId("emp-E001"), "request"));

        ExpenseClaimDetails erased = claims.handle(new FindExpenseClaimQuery(claim)).orElseThrow();
        assertThat(erased.description()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.rejectionReason()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.amount()).isEqualTo(Money.of("4200", "JPY"));
        assertThat(erased.status()).isEqualTo("REJECTED");
        assertThat(claims.handle(new FindExpenseClaimQuery(other)).orElseThrow().description()).isEqualTo("Lunch");
    }
}
