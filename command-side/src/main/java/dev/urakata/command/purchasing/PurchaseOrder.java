package dev.urakata.command.purchasing;

import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.SnapshotFields;
import dev.urakata.command.finance.TaxRates;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.Identifiers;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.ApprovePurchaseOrderCommand;
import dev.urakata.shared.purchasing.InvoicedLine;
import dev.urakata.shared.purchasing.PaySupplierInvoiceCommand;
import dev.urakata.shared.purchasing.PurchasingErrors;
import dev.urakata.shared.purchasing.RecordSupplierInvoiceCommand;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierInvoiceLine;
import dev.urakata.shared.purchasing.SupplierInvoicePaidEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import dev.urakata.shared.purchasing.CancelPurchaseOrderCommand;
import dev.urakata.shared.purchasing.ClosePurchaseOrderCommand;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.PurchaseOrderApprovedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderCancelledEvent;
import dev.urakata.shared.purchasing.PurchaseOrderClosedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderDraftedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import dev.urakata.shared.purchasing.PurchaseOrderOrigin;
import dev.urakata.shared.purchasing.PurchaseOrderSentEvent;
import dev.urakata.shared.purchasing.PurchaseOrderStatus;
import dev.urakata.shared.purchasing.ReceivePurchaseOrderGoodsCommand;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import dev.urakata.shared.purchasing.ReceivedLine;
import dev.urakata.shared.purchasing.SendPurchaseOrderCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One purchase order from draft to closed (or cancelled): who drafted it for the four-eyes rule, its lines, what
 * has arrived per line, and which receipts were already applied; and the supplier's invoices against it.
 *
 * <p>Supplier invoices are recorded here because the three-way match needs what the order knows: a line may be
 * invoiced (over all invoices) up to what has been received, at exactly the order's unit cost. A differing price is
 * refused (INVOICE_PRICE_MISMATCH) rather than booked as a price variance, so that goods received not invoiced
 * clears to zero once an order is fully received and invoiced; the supplier corrects its invoice, or a new order is
 * drafted. Invoice numbers are unique per supplier across all orders (the command side's unique keys).
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class PurchaseOrder {

    private static final int MAX_QUANTITY_DECIMALS = 3;
    /** Unique-key scope of supplier invoice numbers; the value is "supplierId/number". */
    static final String SUPPLIER_INVOICE_NUMBER = "supplier-invoice-number";

    @AggregateIdentifier
    private PurchaseOrderId purchaseOrderId;
    private PurchaseOrderStatus status;
    private PurchaseOrderOrigin origin;
    private String draftedBy;
    private Map<Integer, PurchaseOrderLine> lines = new TreeMap<>();
    private Map<Integer, BigDecimal> received = new HashMap<>();
    private Set<String> appliedReceipts = new HashSet<>();
    private SupplierId supplierId;
    private String department;
    private Map<Integer, BigDecimal> invoiced = new HashMap<>();
    private Map<String, SupplierInvoice> supplierInvoices = new HashMap<>();

    /** What the order remembers of one supplier invoice. */
    record SupplierInvoice(LocalDate invoiceDate, Money gross, boolean paid) {
    }

    PurchaseOrder() {
        // for Axon and for snapshots
    }

    @CommandHandler
    PurchaseOrder(DraftPurchaseOrderCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        require(command.purchaseOrderId() != null, "purchaseOrderId is required");
        require(command.supplierId() != null, "supplierId is required");
        PurchaseOrderOrigin origin = parseOrigin(command.origin());
        require(command.lines() != null && !command.lines().isEmpty(), "a purchase order needs at least one line");
        Set<Integer> numbers = new HashSet<>();
        String currency = null;
        for (PurchaseOrderLine line : command.lines()) {
            require(line != null, "a line is missing");
            require(line.lineNumber() >= 1, "line numbers start at 1");
            require(numbers.add(line.lineNumber()), "line number " + line.lineNumber() + " appears twice");
            require(line.itemId() != null && line.warehouseId() != null,
                    "line " + line.lineNumber() + " needs an itemId and a warehouseId");
            requirePlausibleQuantity(line.quantity(), "line " + line.lineNumber());
            require(line.unitCost() != null && line.unitCost().isPositive(),
                    "line " + line.lineNumber() + " needs a positive unitCost");
            if (currency == null) {
                currency = line.unitCost().currency();
            } else if (!currency.equals(line.unitCost().currency())) {
                throw new DomainException(CommonErrors.CURRENCY_MISMATCH,
                        "All unit costs of an order are in one currency; line " + line.lineNumber() + " is in "
                                + line.unitCost().currency() + ", not " + currency);
            }
        }
        List<PurchaseOrderLine> sorted = command.lines().stream()
                .sorted((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber())).toList();
        String department = command.department() == null || command.department().isBlank() ? null
                : command.department().strip();
        require(department == null || department.length() <= 100, "department has at most 100 characters");
        if (department != null) {
            AggregateKinds.requireDepartment(department);
        }
        apply(new PurchaseOrderDraftedEvent(command.purchaseOrderId(), command.supplierId(), sorted, origin, user,
                department));
    }

    @CommandHandler
    void handle(ApprovePurchaseOrderCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus("approved", PurchaseOrderStatus.DRAFT);
        if (user == null || user.isBlank()) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "An approval needs an identified approver");
        }
        // The system drafts reorders, so there is no first pair of eyes to keep apart from the second.
        if (origin == PurchaseOrderOrigin.MANUAL && user.equals(draftedBy)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "Purchase order " + purchaseOrderId + " was drafted by " + user
                            + " and must be approved by someone else");
        }
        apply(new PurchaseOrderApprovedEvent(purchaseOrderId, user));
    }

    @CommandHandler
    void handle(SendPurchaseOrderCommand command) {
        requireStatus("sent", PurchaseOrderStatus.APPROVED);
        apply(new PurchaseOrderSentEvent(purchaseOrderId));
    }

    @CommandHandler
    void handle(ReceivePurchaseOrderGoodsCommand command) {
        String receiptId = command.receiptId();
        try {
            Identifiers.require(receiptId, "receiptId");
        } catch (IllegalArgumentException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, e.getMessage());
        }
        if (appliedReceipts.contains(receiptId)) {
            return; // a retried or redelivered receipt: already booked, nothing new happened
        }
        requireStatus("received against", PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED);
        require(command.lines() != null && !command.lines().isEmpty(), "a receipt needs at least one line");
        Map<Integer, BigDecimal> thisReceipt = new TreeMap<>();
        for (ReceivedLine line : command.lines()) {
            require(line != null, "a receipt line is missing");
            require(lines.containsKey(line.lineNumber()),
                    "purchase order " + purchaseOrderId + " has no line " + line.lineNumber());
            require(!thisReceipt.containsKey(line.lineNumber()),
                    "line " + line.lineNumber() + " appears twice in the receipt");
            requirePlausibleQuantity(line.quantity(), "received line " + line.lineNumber());
            thisReceipt.put(line.lineNumber(), line.quantity());
        }
        List<ReceivedGoodsLine> booked = new ArrayList<>();
        Map<Integer, BigDecimal> after = new HashMap<>(received);
        thisReceipt.forEach((number, quantity) -> {
            PurchaseOrderLine ordered = lines.get(number);
            BigDecimal total = receivedOn(number).add(quantity);
            if (total.compareTo(ordered.quantity()) > 0) {
                throw new DomainException(PurchasingErrors.OVER_RECEIPT,
                        "Line " + number + " ordered " + ordered.quantity().toPlainString() + ", received "
                                + receivedOn(number).toPlainString() + " so far; " + quantity.toPlainString()
                                + " more would exceed the order");
            }
            after.put(number, total);
            booked.add(new ReceivedGoodsLine(number, ordered.itemId(), ordered.warehouseId(), quantity,
                    ordered.unitCost()));
        });
        boolean fullyReceived = lines.values().stream().allMatch(line ->
                after.getOrDefault(line.lineNumber(), BigDecimal.ZERO).compareTo(line.quantity()) >= 0);
        apply(new PurchaseOrderGoodsReceivedEvent(purchaseOrderId, receiptId, booked, fullyReceived));
    }

    @CommandHandler
    void handle(ClosePurchaseOrderCommand command) {
        if (status == PurchaseOrderStatus.SENT || status == PurchaseOrderStatus.PARTIALLY_RECEIVED) {
            throw new DomainException(PurchasingErrors.PURCHASE_ORDER_NOT_FULLY_RECEIVED,
                    "Purchase order " + purchaseOrderId + " is not fully received yet");
        }
        requireStatus("closed", PurchaseOrderStatus.FULLY_RECEIVED);
        apply(new PurchaseOrderClosedEvent(purchaseOrderId));
    }

    @CommandHandler
    void handle(CancelPurchaseOrderCommand command) {
        if (command.onlyIfDraft() && status != PurchaseOrderStatus.DRAFT) {
            return; // a proposal somebody approved (or already withdrew) is theirs now: nothing to withdraw
        }
        requireStatus("cancelled", PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.APPROVED);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        apply(new PurchaseOrderCancelledEvent(purchaseOrderId, reason));
    }

    @CommandHandler
    void handle(RecordSupplierInvoiceCommand command, TaxRates rates, UniqueKeys uniqueKeys) {
        require(command.supplierInvoiceId() != null, "supplierInvoiceId is required");
        if (supplierInvoices.containsKey(command.supplierInvoiceId().value())) {
            return; // a retried or redelivered invoice: already recorded
        }
        String number = command.invoiceNumber() == null ? "" : command.invoiceNumber().strip();
        require(!number.isEmpty() && number.length() <= 64, "invoiceNumber is required (at most 64 characters)");
        require(command.invoiceDate() != null, "invoiceDate is required");
        require(command.dueDate() != null, "dueDate is required");
        require(!command.dueDate().isBefore(command.invoiceDate()), "dueDate may not lie before invoiceDate");
        require(command.lines() != null && !command.lines().isEmpty(), "an invoice needs at least one line");
        require(command.lines().size() <= 500, "at most 500 lines");
        // Claimed before the match so a duplicate is named as such; a refusal below rolls the claim back.
        uniqueKeys.claimFor(SUPPLIER_INVOICE_NUMBER, supplierId + "/" + number,
                command.supplierInvoiceId().value(), PurchasingErrors.DUPLICATE_SUPPLIER_INVOICE);
        String currency = lines.values().iterator().next().unitCost().currency();
        Map<Integer, SupplierInvoiceLine> byLine = new TreeMap<>();
        for (SupplierInvoiceLine line : command.lines()) {
            require(line != null, "an invoice line is missing");
            require(lines.containsKey(line.lineNumber()),
                    "purchase order " + purchaseOrderId + " has no line " + line.lineNumber());
            require(byLine.put(line.lineNumber(), line) == null,
                    "line " + line.lineNumber() + " appears twice in the invoice");
            requirePlausibleQuantity(line.quantity(), "invoiced line " + line.lineNumber());
            require(line.unitPrice() != null, "invoiced line " + line.lineNumber() + " needs a unitPrice");
            if (!currency.equals(line.unitPrice().currency())) {
                throw new DomainException(CommonErrors.CURRENCY_MISMATCH, "Purchase order " + purchaseOrderId
                        + " is in " + currency + ", not " + line.unitPrice().currency());
            }
            if (line.taxCode() == null || !rates.knows(line.taxCode())) {
                throw new DomainException(FinanceErrors.UNKNOWN_TAX_CODE, "Unknown tax code '" + line.taxCode() + "'");
            }
        }
        List<InvoicedLine> matched = new ArrayList<>();
        Money net = Money.of("0", currency);
        Money tax = net;
        for (SupplierInvoiceLine line : byLine.values()) {
            PurchaseOrderLine ordered = lines.get(line.lineNumber());
            BigDecimal invoicedAfter = invoiced.getOrDefault(line.lineNumber(), BigDecimal.ZERO).add(line.quantity());
            if (invoicedAfter.compareTo(receivedOn(line.lineNumber())) > 0) {
                throw new DomainException(PurchasingErrors.OVER_INVOICED, "Line " + line.lineNumber() + " has received "
                        + receivedOn(line.lineNumber()).toPlainString() + " and was invoiced "
                        + invoiced.getOrDefault(line.lineNumber(), BigDecimal.ZERO).toPlainString()
                        + " so far; invoicing " + line.quantity().toPlainString() + " more would bill goods not received");
            }
            if (line.unitPrice().amount().compareTo(ordered.unitCost().amount()) != 0) {
                throw new DomainException(PurchasingErrors.INVOICE_PRICE_MISMATCH, "Line " + line.lineNumber()
                        + " was ordered at " + ordered.unitCost() + " per unit, invoiced at " + line.unitPrice());
            }
            BigDecimal rate = rates.rate(line.taxCode(), command.invoiceDate());
            Money lineNet = Money.rounded(line.quantity().multiply(ordered.unitCost().amount()), currency);
            Money lineTax = Money.rounded(lineNet.amount().multiply(rate), currency);
            matched.add(new InvoicedLine(line.lineNumber(), ordered.itemId(), line.quantity(), ordered.unitCost(),
                    line.taxCode(), rate, lineNet, lineTax, lineNet.plus(lineTax)));
            net = net.plus(lineNet);
            tax = tax.plus(lineTax);
        }
        apply(new SupplierInvoiceRecordedEvent(purchaseOrderId, command.supplierInvoiceId(), supplierId, number,
                command.invoiceDate(), command.dueDate(), matched, net, tax, net.plus(tax), department));
    }

    @CommandHandler
    void handle(PaySupplierInvoiceCommand command) {
        require(command.supplierInvoiceId() != null, "supplierInvoiceId is required");
        SupplierInvoice invoice = supplierInvoices.get(command.supplierInvoiceId().value());
        if (invoice == null) {
            throw new DomainException(PurchasingErrors.UNKNOWN_SUPPLIER_INVOICE,
                    "Purchase order " + purchaseOrderId + " has no supplier invoice " + command.supplierInvoiceId());
        }
        if (invoice.paid()) {
            throw new DomainException(PurchasingErrors.SUPPLIER_INVOICE_ALREADY_PAID,
                    "Supplier invoice " + command.supplierInvoiceId() + " is already paid");
        }
        require(command.paidOn() != null, "paidOn is required");
        require(!command.paidOn().isBefore(invoice.invoiceDate()), "paidOn may not lie before the invoice date");
        apply(new SupplierInvoicePaidEvent(purchaseOrderId, command.supplierInvoiceId(), supplierId, invoice.gross(),
                command.paidOn()));
    }

    @EventSourcingHandler
    void on(SupplierInvoiceRecordedEvent event) {
        event.lines().forEach(line -> invoiced.merge(line.lineNumber(), line.quantity(), BigDecimal::add));
        supplierInvoices.put(event.supplierInvoiceId().value(),
                new SupplierInvoice(event.invoiceDate(), event.gross(), false));
    }

    @EventSourcingHandler
    void on(SupplierInvoicePaidEvent event) {
        SupplierInvoice invoice = supplierInvoices.get(event.supplierInvoiceId().value());
        supplierInvoices.put(event.supplierInvoiceId().value(),
                new SupplierInvoice(invoice.invoiceDate(), invoice.gross(), true));
    }

    @EventSourcingHandler
    void on(PurchaseOrderDraftedEvent event) {
        purchaseOrderId = event.purchaseOrderId();
        supplierId = event.supplierId();
        department = event.department();
        status = PurchaseOrderStatus.DRAFT;
        origin = event.origin();
        draftedBy = event.draftedBy();
        event.lines().forEach(line -> lines.put(line.lineNumber(), line));
    }

    @EventSourcingHandler
    void on(PurchaseOrderApprovedEvent event) {
        status = PurchaseOrderStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderSentEvent event) {
        status = PurchaseOrderStatus.SENT;
    }

    @EventSourcingHandler
    void on(PurchaseOrderGoodsReceivedEvent event) {
        appliedReceipts.add(event.receiptId());
        event.lines().forEach(line -> received.merge(line.lineNumber(), line.quantity(), BigDecimal::add));
        status = event.fullyReceived() ? PurchaseOrderStatus.FULLY_RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderClosedEvent event) {
        status = PurchaseOrderStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderCancelledEvent event) {
        status = PurchaseOrderStatus.CANCELLED;
    }

    private BigDecimal receivedOn(int lineNumber) {
        return received.getOrDefault(lineNumber, BigDecimal.ZERO);
    }

    private void requireStatus(String action, PurchaseOrderStatus... allowed) {
        for (PurchaseOrderStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException(PurchasingErrors.PURCHASE_ORDER_STATUS_CONFLICT,
                "Purchase order " + purchaseOrderId + " is " + status + " and cannot be " + action);
    }

    private static PurchaseOrderOrigin parseOrigin(String origin) {
        try {
            return PurchaseOrderOrigin.valueOf(origin);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "origin must be MANUAL or REORDER");
        }
    }

    private static void requirePlausibleQuantity(BigDecimal quantity, String what) {
        require(quantity != null && quantity.signum() > 0, what + " needs a positive quantity");
        require(quantity.stripTrailingZeros().scale() <= MAX_QUANTITY_DECIMALS,
                what + ": a quantity has at most " + MAX_QUANTITY_DECIMALS + " decimals");
    }
}
