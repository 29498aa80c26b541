package dev.urakata.command.purchasing;

import dev.urakata.command.finance.TaxRates;
import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.InvoicedLine;
import dev.urakata.shared.purchasing.PaySupplierInvoiceCommand;
import dev.urakata.shared.purchasing.PurchaseOrderDraftedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.PurchasingErrors;
import dev.urakata.shared.purchasing.RecordSupplierInvoiceCommand;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoiceLine;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.command.purchasing.PurchaseOrderTest.ALICE;
import static dev.urakata.command.purchasing.PurchaseOrderTest.ID;
import static dev.urakata.command.purchasing.PurchaseOrderTest.LINE_1;
import static dev.urakata.command.purchasing.PurchaseOrderTest.LINE_2;
import static dev.urakata.command.purchasing.PurchaseOrderTest.SUPPLIER;
import static dev.urakata.command.purchasing.PurchaseOrderTest.booked;
import static dev.urakata.command.purchasing.PurchaseOrderTest.sent;
import static dev.urakata.command.support.Refusals.refusedWith;

/** Supplier invoices on a purchase order: the three-way match, unique numbers per supplier, payment. */
class SupplierInvoiceTest {

    static final SupplierInvoiceId INV = new SupplierInvoiceId("sinv-1");
    static final LocalDate DAY = LocalDate.of(2026, 4, 10);

    private UniqueKeys uniqueKeys;
    private AggregateTestFixture<PurchaseOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PurchaseOrder.class);
        uniqueKeys = TestUniqueKeys.create();
        fixture.registerInjectableResource(uniqueKeys);
        fixture.registerInjectableResource(new TaxRates());
    }


    /** Sent, line 1 received 60 of 100, line 2 received in full (2.5). */
    static List<Object> received() {
        List<Object> events = new ArrayList<>(List.of(sent()));
        events.add(new PurchaseOrderGoodsReceivedEvent(ID, "dn-1", List.of(booked(LINE_1, "60"),
                booked(LINE_2, "2.5")), false));
        return events;
    }

    static RecordSupplierInvoiceCommand invoice(SupplierInvoiceId id, String number, SupplierInvoiceLine... lines) {
        return new RecordSupplierInvoiceCommand(ID, id, number, DAY, DAY.plusDays(30), List.of(lines));
    }

    static SupplierInvoiceLine line(int number, String quantity, String price) {
        return new SupplierInvoiceLine(number, new BigDecimal(quantity), Money.of(price, "JPY"), "STANDARD");
    }

    static SupplierInvoiceRecordedEvent recorded(String department) {
        // 60 x 12 = 720 (tax 72) and 2.5 x 300 = 750 (tax 75)
        return new SupplierInvoiceRecordedEvent(ID, INV, SUPPLIER, "A-100", DAY, DAY.plusDays(30), List.of(
                new InvoicedLine(1, LINE_1.itemId(), new BigDecimal("60"), LINE_1.unitCost(), "STANDARD",
                        new BigDecimal("0.10"), Money.of("720", "JPY"), Money.of("72", "JPY"), Money.of("792", "JPY")),
                new InvoicedLine(2, LINE_2.itemId(), new BigDecimal("2.5"), LINE_2.unitCost(), "STANDARD",
                        new BigDecimal("0.10"), Money.of("750", "JPY"), Money.of("75", "JPY"),
                        Money.of("825", "JPY"))),
                Money.of("1470", "JPY"), Money.of("147", "JPY"), Money.of("1617", "JPY"), department);
    }

    @Test
    void recordsAMatchedInvoiceWithTaxPerLineAtTheInvoiceDatesRate() {
        fixture.given(received())
                .when(invoice(INV, " A-100 ", line(2, "2.5", "300"), line(1, "60", "12")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(null));
    }

    @Test
    void carriesTheOrdersDepartmentForTheBudget() {
        List<Object> history = received();
        history.set(0, new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1, LINE_2),
                PurchaseOrderOrigin.MANUAL, "alice", "Sales"));
        fixture.given(history)
                .when(invoice(INV, "A-100", line(1, "60", "12"), line(2, "2.5", "300")))
                .expectEvents(recorded("Sales"));
    }

    @Test
    void draftingKeepsAnOptionalDepartment() {
        fixture.givenNoPriorActivity()
                .when(new DraftPurchaseOrderCommand(ID, SUPPLIER, List.of(LINE_1), "MANUAL", "  Ops "), ALICE)
                .expectEvents(new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1),
                        PurchaseOrderOrigin.MANUAL, "alice", "Ops"));
    }

    @Test
    void refusesToInvoiceMoreThanWasReceivedAcrossInvoices() {
        fixture.given(received())
                .when(invoice(INV, "A-100", line(1, "61", "12")))
                .expectException(refusedWith(PurchasingErrors.OVER_INVOICED)).expectNoEvents();
        List<Object> history = received();
        history.add(recorded(null));
        fixture.given(history)
                .when(invoice(new SupplierInvoiceId("sinv-2"), "A-101", line(2, "0.001", "300")))
                .expectException(refusedWith(PurchasingErrors.OVER_INVOICED)).expectNoEvents();
    }

    @Test
    void refusesAPriceOtherThanTheOrderPrice() {
        fixture.given(received())
                .when(invoice(INV, "A-100", line(1, "60", "13")))
                .expectException(refusedWith(PurchasingErrors.INVOICE_PRICE_MISMATCH)).expectNoEvents();
    }

    @Test
    void refusesBadInput() {
        fixture.given(received()).when(invoice(INV, "A-100", line(9, "1", "12")))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(received()).when(invoice(INV, "A-100", line(1, "1", "12"), line(1, "1", "12")))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(received()).when(invoice(INV, " ", line(1, "1", "12")))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(received()).when(new RecordSupplierInvoiceCommand(ID, INV, "A-1", DAY, DAY.minusDays(1),
                        List.of(line(1, "1", "12"))))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(received()).when(invoice(INV, "A-100", new SupplierInvoiceLine(1, BigDecimal.ONE,
                        Money.of("12", "JPY"), "LUXURY")))
                .expectException(refusedWith(FinanceErrors.UNKNOWN_TAX_CODE)).expectNoEvents();
        fixture.given(received()).when(invoice(INV, "A-100", new SupplierInvoiceLine(1, BigDecimal.ONE,
                        Money.of("12", "EUR"), "STANDARD")))
                .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
    }

    @Test
    void aRetriedInvoiceRecordsNothingNew() {
        List<Object> history = received();
        history.add(recorded(null));
        fixture.given(history)
                .when(invoice(INV, "A-100", line(1, "60", "12"), line(2, "2.5", "300")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anInvoiceNumberIsUniquePerSupplier() {
        UniqueKeys keys = uniqueKeys;
        keys.claim(PurchaseOrder.SUPPLIER_INVOICE_NUMBER, SUPPLIER + "/A-100", "sinv-other",
                PurchasingErrors.DUPLICATE_SUPPLIER_INVOICE);
        fixture.given(received())
                .when(invoice(INV, "A-100", line(1, "1", "12")))
                .expectException(refusedWith(PurchasingErrors.DUPLICATE_SUPPLIER_INVOICE)).expectNoEvents();
        // another supplier's number space is its own
        keys.claim(PurchaseOrder.SUPPLIER_INVOICE_NUMBER, "sup-2/A-200", "sinv-other",
                PurchasingErrors.DUPLICATE_SUPPLIER_INVOICE);
        fixture.given(received())
                .when(invoice(INV, "A-200", line(1, "1", "12")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void paysARecordedInvoiceOnceInFull() {
        List<Object> history = received();
        history.add(recorded(null));
        fixture.given(history)
                .when(new PaySupplierInvoiceCommand(ID, INV, DAY.plusDays(20)))
                .expectEvents(new SupplierInvoicePaidEvent(ID, INV, SUPPLIER, Money.of("1617", "JPY"),
                        DAY.plusDays(20)));
        history.add(new SupplierInvoicePaidEvent(ID, INV, SUPPLIER, Money.of("1617", "JPY"), DAY.plusDays(20)));
        fixture.given(history)
                .when(new PaySupplierInvoiceCommand(ID, INV, DAY.plusDays(21)))
                .expectException(refusedWith(PurchasingErrors.SUPPLIER_INVOICE_ALREADY_PAID)).expectNoEvents();
    }

    @Test
    void refusesToPayAnUnknownInvoiceOrBeforeItsDate() {
        fixture.given(received())
                .when(new PaySupplierInvoiceCommand(ID, INV, DAY))
                .expectException(refusedWith(PurchasingErrors.UNKNOWN_SUPPLIER_INVOICE)).expectNoEvents();
        List<Object> history = received();
        history.add(recorded(null));
        fixture.given(history)
                .when(new PaySupplierInvoiceCommand(ID, INV, DAY.minusDays(1)))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

}
