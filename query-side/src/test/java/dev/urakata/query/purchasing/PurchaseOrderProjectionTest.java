package dev.urakata.query.purchasing;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.FindPurchaseOrderQuery;
import dev.urakata.shared.purchasing.ListPurchaseOrdersQuery;
import dev.urakata.shared.purchasing.PurchaseOrderApprovedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderCancelledEvent;
import dev.urakata.shared.purchasing.PurchaseOrderClosedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderDetails;
import dev.urakata.shared.purchasing.PurchaseOrderDraftedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.PurchaseOrderPage;
import dev.urakata.shared.purchasing.PurchaseOrderSentEvent;
import dev.urakata.shared.purchasing.PurchaseOrderStatus;
import dev.urakata.shared.purchasing.PurchaseOrderSummary;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import dev.urakata.shared.SupplierId;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import dev.urakata.shared.purchasing.InvoicedLine;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The purchase-order view on the embedded MongoDB-wire server, including redelivered events. */
class PurchaseOrderProjectionTest {

    static final PurchaseOrderId ID = new PurchaseOrderId("po-1");
    static final SupplierId SUPPLIER = new SupplierId("sup-1");
    static final WarehouseId OSAKA = new WarehouseId("osaka");
    static final PurchaseOrderLine LINE_1 = new PurchaseOrderLine(1, new StockItemId("bolts"), OSAKA,
            new BigDecimal("100"), Money.of("12", "JPY"));
    static final PurchaseOrderLine LINE_2 = new PurchaseOrderLine(2, new StockItemId("nuts"), OSAKA,
            new BigDecimal("2.5"), Money.of("301", "JPY"));
    static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private PurchaseOrderProjection projection;

    @BeforeEach
    void setUp() {
        projection = new PurchaseOrderProjection(mongo.template());
    }

    static PurchaseOrderDraftedEvent drafted(PurchaseOrderId id) {
        return new PurchaseOrderDraftedEvent(id, SUPPLIER, List.of(LINE_1, LINE_2), PurchaseOrderOrigin.MANUAL,
                "alice");
    }

    static ReceivedGoodsLine booked(PurchaseOrderLine line, String quantity) {
        return new ReceivedGoodsLine(line.lineNumber(), line.itemId(), line.warehouseId(), new BigDecimal(quantity),
                line.unitCost());
    }

    void applyHistory() {
        projection.on(drafted(ID), 0, MONDAY);
        projection.on(new PurchaseOrderApprovedEvent(ID, "bob"), 1);
        projection.on(new PurchaseOrderSentEvent(ID), 2);
        projection.on(new PurchaseOrderGoodsReceivedEvent(ID, "r-1", List.of(booked(LINE_1, "60"),
                booked(LINE_2, "0.5")), false), 3);
        projection.on(new PurchaseOrderGoodsReceivedEvent(ID, "r-2", List.of(booked(LINE_1, "40"),
                booked(LINE_2, "2")), true), 4);
        projection.on(new PurchaseOrderClosedEvent(ID), 5);
    }

    @Test
    void showsTheLinesWithReceivedQuantitiesAndTheTotal() {
        projection.on(drafted(ID), 0, MONDAY);
        projection.on(new PurchaseOrderApprovedEvent(ID, "bob"), 1);
        projection.on(new PurchaseOrderSentEvent(ID), 2);
        projection.on(new PurchaseOrderGoodsReceivedEvent(ID, "r-1", List.of(booked(LINE_1, "60")), false), 3);

        PurchaseOrderDetails order = projection.handle(new FindPurchaseOrderQuery(ID)).orElseThrow();

        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(order.draftedBy()).isEqualTo("alice");
        assertThat(order.approvedBy()).isEqualTo("bob");
        // 100 x 12 + 2.5 x 301 = 1200 + 752.5, rounded half-even to whole yen
        assertThat(order.total()).isEqualTo(Money.of("1952", "JPY"));
        assertThat(order.lines()).extracting(PurchaseOrderDetails.Line::receivedQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), BigDecimal.ZERO);
        assertThat(order.receiptIds()).containsExactly("r-1");
        assertThat(order.version()).isEqualTo(3);
    }

    @Test
    void aFullyReceivedAndClosedOrder() {
        applyHistory();

        PurchaseOrderDetails order = projection.handle(new FindPurchaseOrderQuery(ID)).orElseThrow();

        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CLOSED);
        assertThat(order.lines()).extracting(PurchaseOrderDetails.Line::receivedQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("2.5"));
        assertThat(order.receiptIds()).containsExactly("r-1", "r-2");
    }

    @Test
    void theSameEventsAppliedTwiceLeaveTheDocumentUnchanged() {
        applyHistory();
        Document once = rawDocument();

        // A receipt redelivered on its own must not add its quantities again, nor a replay of everything.
        projection.on(new PurchaseOrderGoodsReceivedEvent(ID, "r-1", List.of(booked(LINE_1, "60"),
                booked(LINE_2, "0.5")), false), 3);
        projection.on(drafted(ID), 0, MONDAY);
        applyHistory();

        assertThat(rawDocument()).isEqualTo(once);
    }

    @Test
    void listsByStatusNewestFirstWithPaging() {
        for (int i = 1; i <= 3; i++) {
            projection.on(drafted(new PurchaseOrderId("po-" + i)), 0, MONDAY.plusSeconds(i));
        }
        projection.on(new PurchaseOrderCancelledEvent(new PurchaseOrderId("po-2"), "duplicate"), 1);

        PurchaseOrderPage drafts = projection.handle(new ListPurchaseOrdersQuery(PurchaseOrderStatus.DRAFT, 0, 1));
        assertThat(drafts.total()).isEqualTo(2);
        assertThat(drafts.items()).extracting(s -> s.purchaseOrderId().value()).containsExactly("po-3");
        PurchaseOrderPage next = projection.handle(new ListPurchaseOrdersQuery(PurchaseOrderStatus.DRAFT, 1, 1));
        assertThat(next.items()).extracting(s -> s.purchaseOrderId().value()).containsExactly("po-1");

        PurchaseOrderPage all = projection.handle(new ListPurchaseOrdersQuery(null, 0, 10));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(PurchaseOrderSummary::status).containsExactly(
                PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.CANCELLED, PurchaseOrderStatus.DRAFT);
        assertThat(all.items().get(0).lineCount()).isEqualTo(2);
        assertThat(projection.handle(new FindPurchaseOrderQuery(new PurchaseOrderId("po-2"))).orElseThrow()
                .cancelReason()).isEqualTo("duplicate");
        assertConforms(mongo.template(), PurchaseOrderProjection.COLLECTION);
    }

    @Test
    void aRebuildFromScratchGivesTheSameDocument() {
        applyHistory();
        Document before = rawDocument();

        projection.reset();
        assertThat(projection.handle(new FindPurchaseOrderQuery(ID))).isEmpty();
        applyHistory();

        assertThat(rawDocument()).isEqualTo(before);
    }

    private Document rawDocument() {
        List<Document> all = mongo.template().findAll(Document.class, PurchaseOrderProjection.COLLECTION);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void showsSupplierInvoicesWithInvoicedQuantitiesAndWhenTheyWerePaid() {
        projection.on(new PurchaseOrderDraftedEvent(ID, SUPPLIER, List.of(LINE_1, LINE_2), PurchaseOrderOrigin.MANUAL,
                "alice", "Workshop"), 0, MONDAY);
        projection.on(new PurchaseOrderApprovedEvent(ID, "bob"), 1);
        projection.on(new PurchaseOrderSentEvent(ID), 2);
        projection.on(new PurchaseOrderGoodsReceivedEvent(ID, "r-1", List.of(booked(LINE_1, "60")), false), 3);
        SupplierInvoiceId invoice = new SupplierInvoiceId("sinv-1");
        LocalDate day = LocalDate.of(2026, 5, 10);
        SupplierInvoiceRecordedEvent recorded = new SupplierInvoiceRecordedEvent(ID, invoice, SUPPLIER, "A-1", day,
                day.plusDays(30), List.of(new InvoicedLine(1, LINE_1.itemId(), new BigDecimal("60"),
                LINE_1.unitCost(), "STANDARD", new BigDecimal("0.10"), Money.of("720", "JPY"),
                Money.of("72", "JPY"), Money.of("792", "JPY"))), Money.of("720", "JPY"), Money.of("72", "JPY"),
                Money.of("792", "JPY"), "Workshop");
        projection.on(recorded, 4);
        projection.on(recorded, 4); // redelivered
        projection.on(new SupplierInvoicePaidEvent(ID, invoice, SUPPLIER, Money.of("792", "JPY"), day.plusDays(5)),
                5);

        PurchaseOrderDetails order = projection.handle(new FindPurchaseOrderQuery(ID)).orElseThrow();
        assertThat(order.department()).isEqualTo("Workshop");
        assertThat(order.lines()).extracting(PurchaseOrderDetails.Line::invoicedQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), BigDecimal.ZERO);
        assertThat(order.supplierInvoices()).containsExactly(new PurchaseOrderDetails.SupplierInvoice(invoice, "A-1",
                day, day.plusDays(30), Money.of("720", "JPY"), Money.of("72", "JPY"), Money.of("792", "JPY"),
                day.plusDays(5)));
        assertConforms(mongo.template(), PurchaseOrderProjection.COLLECTION);
        // The catalogue checks the top level; the lines and invoices are stored by the same rule.
        Document stored = rawDocument();
        assertThat(stored.getList("lines", Document.class)).allSatisfy(line -> {
            assertThat(line.get("received")).isInstanceOf(Decimal128.class);
            assertThat(line.get("unitCost", Document.class).get("amount")).isInstanceOf(Decimal128.class);
        });
        assertThat(stored.getList("lines", Document.class).get(0).get("invoiced")).isEqualTo(new Decimal128(60));
        assertThat(stored.getList("lines", Document.class).get(1)).doesNotContainKey("invoiced");
        assertThat(stored.getList("supplierInvoices", Document.class)).singleElement().satisfies(bill -> {
            assertThat(bill.get("invoiceDate")).isEqualTo("2026-05-10");
            assertThat(bill.get("paidOn")).isEqualTo("2026-05-15");
            assertThat(bill.get("gross", Document.class).get("amount")).isInstanceOf(Decimal128.class);
        });
    }
}
