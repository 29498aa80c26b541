package dev.urakata.query.purchasing;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.Filters;
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
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
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
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.urakata.config.processing.StoredNumbers.decimal;
import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * Purchase orders by status, and one order with its lines and the quantities received so far, with the query
 * handlers that read them.
 *
 * <p>Idempotent: each document stores the sequence number of the last event applied to it, and an update only
 * applies to a document that has not seen that event yet. Quantities are stored as decimals and amounts as money
 * ({@code StoredNumbers}), so analysts can sum them. A receipt adds its quantities to the order's lines in Java
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
        Money total = event.lines().stream().map(line -> line.unitCost().times(line.quantity()))
                .reduce(Money::plus).orElseThrow();
        Update insert = new Update()
                .setOnInsert("supplierId", event.supplierId().value())
                .setOnInsert("status", PurchaseOrderStatus.DRAFT.name())
                .setOnInsert("origin", event.origin().name())
                .setOnInsert("draftedBy", event.draftedBy())
                .setOnInsert("draftedAt", Date.from(draftedAt))
                .setOnInsert("lines", event.lines().stream().map(PurchaseOrderProjection::lineDocument).toList())
                .setOnInsert("total", money(total))
                .setOnInsert("receiptIds", List.of())
                .setOnInsert("department", event.department())
                .setOnInsert("supplierInvoices", List.of())
                .setOnInsert(LAST_SEQUENCE, sequence);
        mongo.upsert(byId(event.purchaseOrderId()), insert, COLLECTION);
    }

    @EventHandler
    void on(PurchaseOrderApprovedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, new Update()
                .set("status", PurchaseOrderStatus.APPROVED.name())
                .set("approvedBy", event.approvedBy()));
    }

    @EventHandler
    void on(PurchaseOrderSentEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, new Update().set("status", PurchaseOrderStatus.SENT.name()));
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event, @SequenceNumber long sequence) {
        Document order = mongo.findById(event.purchaseOrderId().value(), Document.class, COLLECTION);
        if (order == null || ((Number) order.get(LAST_SEQUENCE)).longValue() >= sequence) {
            return;
        }
        Map<Integer, BigDecimal> arrived = event.lines().stream()
                .collect(Collectors.toMap(ReceivedGoodsLine::lineNumber, ReceivedGoodsLine::quantity, BigDecimal::add));
        List<Document> lines = new ArrayList<>();
        for (Document line : order.getList("lines", Document.class)) {
            BigDecimal add = arrived.get(line.getInteger("lineNumber"));
            Document updated = new Document(line);
            if (add != null) {
                updated.put("received", decimal(decimal(line, "received").add(add)));
            }
            lines.add(updated);
        }
        applyOnce(event.purchaseOrderId(), sequence, new Update()
                .set("lines", lines)
                .push("receiptIds", event.receiptId())
                .set("status", (event.fullyReceived() ? PurchaseOrderStatus.FULLY_RECEIVED
                        : PurchaseOrderStatus.PARTIALLY_RECEIVED).name()));
    }

    @EventHandler
    void on(SupplierInvoiceRecordedEvent event, @SequenceNumber long sequence) {
        Document order = mongo.findById(event.purchaseOrderId().value(), Document.class, COLLECTION);
        if (order == null || ((Number) order.get(LAST_SEQUENCE)).longValue() >= sequence) {
            return;
        }
        Map<Integer, BigDecimal> billed = event.lines().stream()
                .collect(Collectors.toMap(InvoicedLine::lineNumber, InvoicedLine::quantity, BigDecimal::add));
        List<Document> lines = new ArrayList<>();
        for (Document line : order.getList("lines", Document.class)) {
            BigDecimal add = billed.get(line.getInteger("lineNumber"));
            Document updated = new Document(line);
            if (add != null) {
                updated.put("invoiced", decimal(invoiced(line).add(add)));
            }
            lines.add(updated);
        }
        applyOnce(event.purchaseOrderId(), sequence, new Update()
                .set("lines", lines)
                .push("supplierInvoices", new Document("supplierInvoiceId", event.supplierInvoiceId().value())
                        .append("invoiceNumber", event.invoiceNumber())
                        .append("invoiceDate", event.invoiceDate().toString())
                        .append("dueDate", event.dueDate().toString())
                        .append("net", money(event.net()))
                        .append("tax", money(event.tax()))
                        .append("gross", money(event.gross()))));
    }

    @EventHandler
    void on(SupplierInvoicePaidEvent event, @SequenceNumber long sequence) {
        Document order = mongo.findById(event.purchaseOrderId().value(), Document.class, COLLECTION);
        if (order == null || ((Number) order.get(LAST_SEQUENCE)).longValue() >= sequence) {
            return;
        }
        List<Document> invoices = new ArrayList<>();
        for (Document invoice : supplierInvoices(order)) {
            Document updated = new Document(invoice);
            if (event.supplierInvoiceId().value().equals(invoice.getString("supplierInvoiceId"))) {
                updated.put("paidOn", event.paidOn().toString());
            }
            invoices.add(updated);
        }
        applyOnce(event.purchaseOrderId(), sequence, new Update().set("supplierInvoices", invoices));
    }

    @EventHandler
    void on(PurchaseOrderClosedEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, new Update().set("status", PurchaseOrderStatus.CLOSED.name()));
    }

    @EventHandler
    void on(PurchaseOrderCancelledEvent event, @SequenceNumber long sequence) {
        applyOnce(event.purchaseOrderId(), sequence, new Update()
                .set("status", PurchaseOrderStatus.CANCELLED.name())
                .set("cancelReason", event.reason()));
    }

    /** A rebuild starts from an empty view. */
    @QueryHandler
    Optional<PurchaseOrderDetails> handle(FindPurchaseOrderQuery query) {
        return Optional.ofNullable(mongo.findById(query.purchaseOrderId().value(), Document.class, COLLECTION))
                .map(PurchaseOrderProjection::details);
    }

    @QueryHandler
    PurchaseOrderPage handle(ListPurchaseOrdersQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).criteria();
        Query find = Query.query(criteria);
        long total = mongo.count(find, COLLECTION);
        find.with(Sort.by(Sort.Order.desc("draftedAt"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        List<PurchaseOrderSummary> items = mongo.find(find, Document.class, COLLECTION).stream()
                .map(PurchaseOrderProjection::summary).toList();
        return new PurchaseOrderPage(items, query.page(), query.size(), total);
    }

    private void applyOnce(PurchaseOrderId id, long sequence, Update update) {
        applyOnce(COLLECTION, id, sequence, update);
    }


    private static Document lineDocument(PurchaseOrderLine line) {
        return new Document("lineNumber", line.lineNumber())
                .append("itemId", line.itemId().value())
                .append("warehouseId", line.warehouseId().value())
                .append("quantity", decimal(line.quantity()))
                .append("unitCost", money(line.unitCost()))
                .append("received", decimal(BigDecimal.ZERO));
    }

    private static PurchaseOrderSummary summary(Document doc) {
        return new PurchaseOrderSummary(new PurchaseOrderId(doc.getString("_id")),
                new SupplierId(doc.getString("supplierId")), PurchaseOrderStatus.valueOf(doc.getString("status")),
                PurchaseOrderOrigin.valueOf(doc.getString("origin")), doc.getList("lines", Document.class).size(),
                money(doc, "total"));
    }

    private static PurchaseOrderDetails details(Document doc) {
        Function<Document, PurchaseOrderDetails.Line> line = l -> new PurchaseOrderDetails.Line(
                l.getInteger("lineNumber"), new StockItemId(l.getString("itemId")),
                new WarehouseId(l.getString("warehouseId")), decimal(l, "quantity"), money(l, "unitCost"),
                decimal(l, "received"), invoiced(l));
        Function<Document, PurchaseOrderDetails.SupplierInvoice> invoice = i ->
                new PurchaseOrderDetails.SupplierInvoice(new SupplierInvoiceId(i.getString("supplierInvoiceId")),
                i.getString("invoiceNumber"), LocalDate.parse(i.getString("invoiceDate")),
                        LocalDate.parse(i.getString("dueDate")),
                money(i, "net"), money(i, "tax"), money(i, "gross"),
                i.getString("paidOn") == null ? null : LocalDate.parse(i.getString("paidOn")));
        return new PurchaseOrderDetails(new PurchaseOrderId(doc.getString("_id")),
                new SupplierId(doc.getString("supplierId")), PurchaseOrderStatus.valueOf(doc.getString("status")),
                PurchaseOrderOrigin.valueOf(doc.getString("origin")), doc.getString("draftedBy"),
                doc.getString("approvedBy"), doc.getList("lines", Document.class).stream().map(line).toList(),
                money(doc, "total"),
                doc.getList("receiptIds", String.class), doc.getString("cancelReason"), doc.getString("department"),
                supplierInvoices(doc).stream().map(invoice).toList(), ((Number) doc.get(LAST_SEQUENCE)).longValue());
    }

    /** Orders projected before supplier invoices existed have no such field. */
    private static List<Document> supplierInvoices(Document order) {
        List<Document> invoices = order.getList("supplierInvoices", Document.class);
        return invoices == null ? List.of() : invoices;
    }

    /** A line holds no invoiced quantity until a supplier invoice bills it. */
    private static BigDecimal invoiced(Document line) {
        BigDecimal invoiced = decimal(line, "invoiced");
        return invoiced == null ? BigDecimal.ZERO : invoiced;
    }
}
