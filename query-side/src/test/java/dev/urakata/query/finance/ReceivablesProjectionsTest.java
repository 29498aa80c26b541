package dev.urakata.query.finance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.finance.AgingRow;
import dev.urakata.shared.finance.CreditNoteId;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.InvoiceOverdueEvent;
import dev.urakata.shared.finance.InvoiceStatus;
import dev.urakata.shared.finance.InvoiceSummary;
import dev.urakata.shared.finance.ListInvoicesQuery;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.ReceivablesAging;
import dev.urakata.shared.finance.ReceivablesAgingQuery;
import dev.urakata.shared.money.Money;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoices by status and the receivables aging at fixed dates, with as-of and redelivery. */
class ReceivablesProjectionsTest {

    static final CustomerId ACME = new CustomerId("acme");
    static final CustomerId BETA = new CustomerId("beta");
    static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T3 = Instant.parse("2026-05-01T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private InvoiceProjection invoices;
    private ReceivablesAgingProjection aging;
    private LedgerHistory history;

    @BeforeEach
    void setUp() {
        invoices = new InvoiceProjection(mongo.template());
        aging = new ReceivablesAgingProjection(mongo.template());
        history = new LedgerHistory(invoices, aging);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    void issue(Instant at, CustomerId customer, String id, LocalDate due, String gross) {
        history.add(at, "Customer", customer.value(), new InvoiceDraftedEvent(customer, new InvoiceId(id), "EUR",
                List.of()));
        history.add(at, "Customer", customer.value(), new InvoiceIssuedEvent(customer, new InvoiceId(id),
                due.minusDays(30), due, List.of(), eur(gross), eur("0.00"), eur(gross)));
    }

    @Test
    void agesWhatIsOutstandingByDaysPastDue() {
        issue(T1, ACME, "a-current", LocalDate.of(2026, 6, 30), "100.00");   // due after the date
        issue(T1, ACME, "a-due-today", LocalDate.of(2026, 6, 1), "1.00");    // 0 days: still current
        issue(T1, ACME, "a-30", LocalDate.of(2026, 5, 2), "30.00");          // 30 days
        issue(T1, ACME, "a-31", LocalDate.of(2026, 5, 1), "31.00");          // 31 days
        issue(T1, BETA, "b-61", LocalDate.of(2026, 4, 1), "61.00");          // 61 days
        issue(T1, BETA, "b-91", LocalDate.of(2026, 3, 2), "91.00");          // 91 days
        history.add(T2, "Customer", "beta", new PaymentAllocatedEvent(BETA, new PaymentId("p1"),
                new InvoiceId("b-91"), eur("41.00"), LocalDate.of(2026, 3, 1), eur("50.00"),
                InvoiceStatus.PARTIALLY_PAID));
        var credit = history.add(T3, "Customer", "acme", new CreditNoteIssuedEvent(ACME, new InvoiceId("a-30"),
                new CreditNoteId("cn"), LocalDate.of(2026, 5, 20), "x", List.of(), eur("10.00"), eur("0.00"),
                eur("10.00"), eur("10.00"), eur("0.00"), eur("20.00"), InvoiceStatus.ISSUED));
        history.deliver(credit);

        ReceivablesAging june = aging.handle(new ReceivablesAgingQuery(LocalDate.of(2026, 6, 1), null));
        assertThat(june.rows()).containsExactly(
                new AgingRow(ACME, "EUR", eur("101.00"), eur("20.00"), eur("31.00"), eur("0.00"), eur("0.00"),
                        eur("152.00")),
                new AgingRow(BETA, "EUR", eur("0.00"), eur("0.00"), eur("0.00"), eur("61.00"), eur("50.00"),
                        eur("111.00")));
        assertThat(june.totals()).containsExactly(new AgingRow(null, "EUR", eur("101.00"), eur("20.00"),
                eur("31.00"), eur("61.00"), eur("50.00"), eur("263.00")));

        // As the system knew it before the credit note was recorded: a-30 still 30.00.
        ReceivablesAging before = aging.handle(new ReceivablesAgingQuery(LocalDate.of(2026, 6, 1), T2));
        assertThat(before.totals().get(0).days1To30()).isEqualTo(eur("30.00"));
        // On 1 February only b-91 (invoiced 31 January) was owed, not yet due; the rest were invoiced later.
        ReceivablesAging february = aging.handle(new ReceivablesAgingQuery(LocalDate.of(2026, 2, 1), null));
        assertThat(february.totals().get(0).current()).isEqualTo(eur("91.00"));
        assertThat(february.totals().get(0).total()).isEqualTo(eur("91.00"));
        assertConforms(mongo.template(), ReceivablesAgingProjection.MOVEMENTS);
    }

    @Test
    void listsInvoicesByStatusNowAndAsOfAnInstant() {
        issue(T1, ACME, "i1", LocalDate.of(2026, 2, 4), "100.00");
        history.add(T1, "Customer", "acme", new InvoiceDraftedEvent(ACME, new InvoiceId("i2"), "EUR", List.of()));
        GenericDomainEventMessage<?> paid = history.add(T2, "Customer", "acme", new PaymentAllocatedEvent(ACME,
                new PaymentId("p1"), new InvoiceId("i1"), eur("40.00"), LocalDate.of(2026, 3, 1), eur("60.00"),
                InvoiceStatus.PARTIALLY_PAID));
        history.deliver(paid);
        history.add(T2, "Customer", "acme", new InvoiceOverdueEvent(ACME, new InvoiceId("i1"),
                LocalDate.of(2026, 2, 4), eur("60.00")));

        List<InvoiceSummary> partial = invoices.handle(new ListInvoicesQuery(InvoiceStatus.PARTIALLY_PAID, null,
                null, 0, 20)).items();
        assertThat(partial).singleElement().satisfies(invoice -> {
            assertThat(invoice.invoiceId()).isEqualTo(new InvoiceId("i1"));
            assertThat(invoice.outstanding()).isEqualTo(eur("60.00"));
            assertThat(invoice.overdue()).isTrue();
        });
        assertThat(invoices.handle(new ListInvoicesQuery(InvoiceStatus.DRAFT, ACME, null, 0, 20)).total())
                .isEqualTo(1);
        assertThat(invoices.handle(new ListInvoicesQuery(InvoiceStatus.ISSUED, null, T1, 0, 20)).items())
                .extracting(InvoiceSummary::outstanding).containsExactly(eur("100.00"));
        assertThat(invoices.handle(new ListInvoicesQuery(null, null, Instant.parse("2026-01-01T00:00:00Z"), 0, 20))
                .total()).isZero();
        assertConforms(mongo.template(), InvoiceProjection.INVOICES);
        assertConforms(mongo.template(), InvoiceProjection.HISTORY);
    }

    @Test
    void anInvoicePaidInFullIsNoLongerOverdue() {
        issue(T1, ACME, "i1", LocalDate.of(2026, 2, 4), "100.00");
        history.add(T1, "Customer", "acme", new InvoiceOverdueEvent(ACME, new InvoiceId("i1"),
                LocalDate.of(2026, 2, 4), eur("100.00")));
        assertThat(invoices.handle(new ListInvoicesQuery(null, ACME, null, 0, 20)).items().get(0).overdue()).isTrue();

        history.add(T2, "Customer", "acme", new PaymentAllocatedEvent(ACME, new PaymentId("p1"), new InvoiceId("i1"),
                eur("100.00"), LocalDate.of(2026, 3, 1), eur("0.00"), InvoiceStatus.PAID));

        InvoiceSummary paid = invoices.handle(new ListInvoicesQuery(null, ACME, null, 0, 20)).items().get(0);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.overdue()).isFalse();
        // as it stood before the payment, it was overdue
        assertThat(invoices.handle(new ListInvoicesQuery(null, ACME, T1, 0, 20)).items().get(0).overdue()).isTrue();
    }
}
