package dev.urakata.query.purchasing;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.FindPurchaseOrderQuery;
import dev.urakata.shared.purchasing.InvoicedLine;
import dev.urakata.shared.purchasing.ListPurchaseOrdersQuery;
import dev.urakata.shared.purchasing.PurchaseOrderApprovedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderCancelledEvent;
import dev.urakata.shared.purchasing.PurchaseOrderClosedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderDetails;
import dev.urakata.shared.purchasing.PurchaseOrderDraftedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderPage;
import dev.urakata.shared.purchasing.PurchaseOrderSentEvent;
import dev.urakata.shared.purchasing.PurchaseOrderStatus;
import dev.urakata.shared.purchasing.PurchaseOrderSummary;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Purchase orders by status, and one order with its lines and the quantities received so far, with the query
 * handlers that read them.
 *
 * <p>Idempotent: each document stores the sequence number of the last event applied to it, and an update only
 * applies to a document that has not seen that event yet. A receipt adds its quantities to the order's lines in Java
 * and writes the lines back under the same sequence condition, so a redelivered receipt adds nothing.
 */
@Component
@ProcessingGroup(PurchaseOrderProjection.PROCESSING_GROUP)
public class PurchaseOrderProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "purchase-orders";
    public static final String COLLECTION = "purchasing_orders";

    public PurchaseOrderProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "status", "-draftedAt");
    }

    @EventHandler
    void on(PurchaseOrderDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant draftedAt) {
        String id = event.purchaseOrderId().value();
        if (DocumentIds.exists(mongo, COLLECTION, id)) {
            return; // a redelivered draft
        }
        Money total = event.lines().stream().map(line -> line.unitCost().times(line.quantity()))
                .reduce(Money::plus).orElseThrow();
        List<PurchaseOrderDocument.Line> lines = event.lines().stream()
                .map(line -> new PurchaseOrderDocument.Line(line.lineNumber(), line.itemId().value(),
                        line.warehouseId().value(), line.quantity(), line.unitCost(), BigDecimal.ZERO, null))
                .toList();
        mongo.insert(new PurchaseOrderDocument(id, event.supplierId().value(), PurchaseOrderStatus.DRAFT,
                event.origin(), event.draftedBy(), draftedAt, null, lines, total, List.of(), event.department(),
                List.of(), null, sequence), COLLECTION);
    }

    @EventHandler
    void on(PurchaseOrderApprovedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, status(PurchaseOrderStatus.APPROVED)
                .set("approvedBy", event.approvedBy()));
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, status(PurchaseOrderStatus.SENT));
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @SequenceNumber long sequence) {
        PurchaseOrderDocument order = unappliedOrder(event.purchaseOrderId(), sequence);
        if (order == null) {
            return;
        }
        Map<Integer, BigDecimal> arrived = event.lines().stream()
                .collect(Collectors.toMap(ReceivedGoodsLine::lineNumber, ReceivedGoodsLine::quantity, BigDecimal::add));
        List<PurchaseOrderDocument.Line> lines = order.lines().stream().map(line -> arrived.containsKey(
                line.lineNumber()) ? line.receive(arrived.get(line.lineNumber())) : line).toList();
        applyOnce(event.purchaseOrderId(), sequence, status(event.fullyReceived() ? PurchaseOrderStatus.FULLY_RECEIVED
                : PurchaseOrderStatus.PARTIALLY_RECEIVED)
                .set("lines", lines)
                .push("receiptIds", event.receiptId()));
    }

    @EventHandler
    void on(SupplierInvoiceRecordedEvent event, @SequenceNumber long sequence) {
        PurchaseOrderDocument order = unappliedOrder(event.purchaseOrderId(), sequence);
        if (order == null) {
            return;
        }
        Map<Integer, BigDecimal> billed = event.lines().stream()
                .collect(Collectors.toMap(InvoicedLine::lineNumber, InvoicedLine::quantity, BigDecimal::add));
        List<PurchaseOrderDocument.Line> lines = order.lines().stream().map(line -> billed.containsKey(
                line.lineNumber()) ? line.invoice(billed.get(line.lineNumber())) : line).toList();
        applyOnce(event.purchaseOrderId(), sequence, new Update()
                .set("lines", lines)
                .push("supplierInvoices", new PurchaseOrderDocument.SupplierInvoice(
                        event.supplierInvoiceId().value(), event.invoiceNumber(), event.invoiceDate(),
                        event.dueDate(), event.net(), event.tax(), event.gross(), null)));
    }

    @EventHandler
    void on(SupplierInvoicePaidEvent event, @SequenceNumber long sequence) {
        PurchaseOrderDocument order = unappliedOrder(event.purchaseOrderId(), sequence);
        if (order == null) {
            return;
        }
        String paid = event.supplierInvoiceId().value();
        List<PurchaseOrderDocument.SupplierInvoice> invoices = order.supplierInvoices().stream()
                .map(invoice -> invoice.supplierInvoiceId().equals(paid) ? invoice.paid(event.paidOn()) : invoice)
                .toList();
        applyOnce(event.purchaseOrderId(), sequence, new Update().set("supplierInvoices", invoices));
    }

    @EventHandler
    void on(PurchaseOrderClosedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, status(PurchaseOrderStatus.CLOSED));
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, status(PurchaseOrderStatus.CANCELLED)
                .set("cancelReason", event.reason()));
    }

    /** A rebuild starts from an empty view. */
    @QueryHandler
    Optional<PurchaseOrderDetails> handle(FindPurchaseOrderQuery query) {
        return Optional.ofNullable(mongo.findById(query.purchaseOrderId().value(), PurchaseOrderDocument.class,
                COLLECTION)).map(PurchaseOrderProjection::details);
    }

    @QueryHandler
    PurchaseOrderPage handle(ListPurchaseOrdersQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).criteria();
        MongoPages.Slice<PurchaseOrderSummary> slice = MongoPages.read(mongo, COLLECTION, PurchaseOrderDocument.class,
                Query.query(criteria), Sort.by(Sort.Order.desc("draftedAt"), Sort.Order.asc("_id")), query.page(),
                query.size(), PurchaseOrderProjection::summary);
        return new PurchaseOrderPage(slice.items(), query.page(), query.size(), slice.total());
    }

    /** The order, unless it has applied the event of {@code sequence} (or a later one) already. */
    private PurchaseOrderDocument unappliedOrder(PurchaseOrderId id, long sequence) {
        return mongo.findOne(unapplied(id, sequence), PurchaseOrderDocument.class, COLLECTION);
    }

    private void applyOnce(PurchaseOrderId id, long sequence, Update update) {
        applyOnce(COLLECTION, id, sequence, update);
    }

    private static Update status(PurchaseOrderStatus status) {
        return new Update().set("status", status);
    }

    private static PurchaseOrderSummary summary(PurchaseOrderDocument order) {
        return new PurchaseOrderSummary(new PurchaseOrderId(order.id()), new SupplierId(order.supplierId()),
                order.status(), order.origin(), order.lines().size(), order.total());
    }

    private static PurchaseOrderDetails details(PurchaseOrderDocument order) {
        return new PurchaseOrderDetails(new PurchaseOrderId(order.id()), new SupplierId(order.supplierId()),
                order.status(), order.origin(), order.draftedBy(), order.approvedBy(),
                order.lines().stream().map(line -> new PurchaseOrderDetails.Line(line.lineNumber(),
                        new StockItemId(line.itemId()), new WarehouseId(line.warehouseId()), line.quantity(),
                        line.unitCost(), line.received(), line.invoicedSoFar())).toList(),
                order.total(), order.receiptIds(), order.cancelReason(), order.department(),
                order.supplierInvoices().stream().map(invoice -> new PurchaseOrderDetails.SupplierInvoice(
                        new SupplierInvoiceId(invoice.supplierInvoiceId()), invoice.invoiceNumber(),
                        invoice.invoiceDate(), invoice.dueDate(), invoice.net(), invoice.tax(), invoice.gross(),
                        invoice.paidOn())).toList(),
                order.lastSequence());
    }
}
