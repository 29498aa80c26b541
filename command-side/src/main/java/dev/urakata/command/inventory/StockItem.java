package dev.urakata.command.inventory;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.inventory.AdjustStockCountCommand;
import dev.urakata.shared.inventory.DispatchTransferCommand;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.inventory.IssueReservedStockCommand;
import dev.urakata.shared.inventory.IssueStockCommand;
import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.inventory.ReceiveTransferCommand;
import dev.urakata.shared.inventory.RegisterStockItemCommand;
import dev.urakata.shared.inventory.ReleaseReservationCommand;
import dev.urakata.shared.inventory.ReorderPolicySetEvent;
import dev.urakata.shared.inventory.ReserveStockCommand;
import dev.urakata.shared.inventory.SetReorderPolicyCommand;
import dev.urakata.shared.inventory.StockCountAdjustedEvent;
import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockIssuedEvent;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.StockItemRegisteredEvent;
import dev.urakata.shared.inventory.StockReceivedEvent;
import dev.urakata.shared.inventory.StockReorderLevelRestoredEvent;
import dev.urakata.shared.inventory.StockReservationReleasedEvent;
import dev.urakata.shared.inventory.StockReservedEvent;
import dev.urakata.shared.inventory.StockTransferDispatchedEvent;
import dev.urakata.shared.inventory.StockTransferReceivedEvent;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.urakata.shared.error.Checks.notBlank;
import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One SKU's stock in every warehouse: quantities on hand and reserved, and their value at moving-average cost.
 *
 * <p>Why one aggregate per item and not per item and warehouse: a transfer then moves stock and value between
 * warehouses in one decision. Commands on one item are handled one at a time (Axon locks the aggregate; the event
 * store's sequence check catches any other instance), so available stock can never be driven negative by
 * concurrent requests: each is decided against the state its predecessor left.
 *
 * <p>Valuation keeps the exact value on hand, not an average: a receipt adds quantity x unit cost (rounded
 * half-even to the currency); an issue of q out of Q on hand takes value x q / Q (half-even), and the last unit
 * out takes whatever value is left. Stock value therefore always equals the sum of the movements' values, to the
 * cent, and never leaves a residue on an empty shelf.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class StockItem {

    /** The uniqueness scope of SKUs. */
    static final String SKU = "sku";

    @AggregateIdentifier
    private StockItemId itemId;
    private String currency;
    private Map<String, WarehouseStock> warehouses = new HashMap<>();
    private Map<String, Transfer> transfersInTransit = new HashMap<>();
    /** Movement ids already applied: a retried receipt (a redelivered purchase receipt) is not booked twice. */
    private Set<String> appliedMovements = new HashSet<>();

    StockItem() {
        // for Axon and for snapshots
    }

    @CommandHandler
    StockItem(RegisterStockItemCommand command, UniqueKeys uniqueKeys) {
        require(command.itemId() != null && notBlank(command.sku()) && notBlank(command.name())
                && notBlank(command.unitOfMeasure()), "itemId, sku, name and unitOfMeasure are required");
        try {
            Money.of("0", command.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "currency must be an ISO 4217 code with a minor unit");
        }
        String sku = command.sku().trim();
        uniqueKeys.claimFor(SKU, sku, command.itemId().value(), InventoryErrors.DUPLICATE_SKU);
        apply(new StockItemRegisteredEvent(command.itemId(), sku, command.name().trim(),
                command.unitOfMeasure().trim(), command.currency()));
    }

    @CommandHandler
    void handle(SetReorderPolicyCommand command, UniqueKeys uniqueKeys) {
        requireWarehouse(command.warehouseId(), uniqueKeys);
        BigDecimal level = Quantities.zeroOrMore(command.reorderLevel(), "reorderLevel");
        BigDecimal quantity = Quantities.positive(command.reorderQuantity(), "reorderQuantity");
        require(command.supplierId() != null, "supplierId is required");
        if (command.supplierPrice() != null) {
            require(command.supplierPrice().isPositive(), "supplierPrice must be positive");
            requireCurrency(command.supplierPrice());
        }
        apply(new ReorderPolicySetEvent(itemId, command.warehouseId(), level, quantity, command.supplierId(),
                command.supplierPrice()));
        checkReorderLevel(command.warehouseId());
    }

    @CommandHandler
    void handle(ReceiveStockCommand command, UniqueKeys uniqueKeys) {
        if (alreadyApplied(command.movementId())) {
            return;
        }
        requireWarehouse(command.warehouseId(), uniqueKeys);
        BigDecimal quantity = Quantities.positive(command.quantity(), "quantity");
        require(command.unitCost() != null && command.unitCost().amount().signum() >= 0,
                "unitCost must be zero or more");
        requireCurrency(command.unitCost());
        WarehouseStock stock = stockOf(command.warehouseId());
        Money value = command.unitCost().times(quantity);
        apply(new StockReceivedEvent(itemId, command.warehouseId(), command.movementId(), quantity,
                command.unitCost(), value, command.reference(), stock.onHand.add(quantity),
                money(stock.value.add(value.amount()))));
        checkReorderLevel(command.warehouseId());
    }

    @CommandHandler
    void handle(IssueStockCommand command) {
        if (alreadyApplied(command.movementId())) {
            return;
        }
        BigDecimal quantity = Quantities.positive(command.quantity(), "quantity");
        WarehouseStock stock = requireAvailable(command.warehouseId(), quantity);
        Money value = money(stock.valueOf(quantity));
        apply(new StockIssuedEvent(itemId, command.warehouseId(), command.movementId(), quantity, value, null,
                command.reference(), stock.onHand.subtract(quantity), money(stock.value.subtract(value.amount()))));
        checkReorderLevel(command.warehouseId());
    }

    @CommandHandler
    void handle(ReserveStockCommand command) {
        require(notBlank(command.reservationId()), "reservationId is required");
        if (warehouseOfReservation(command.reservationId()) != null) {
            return; // a retried reservation
        }
        BigDecimal quantity = Quantities.positive(command.quantity(), "quantity");
        WarehouseStock stock = requireAvailable(command.warehouseId(), quantity);
        apply(new StockReservedEvent(itemId, command.warehouseId(), command.reservationId(), quantity,
                command.reference(), stock.reserved.add(quantity)));
        checkReorderLevel(command.warehouseId());
    }

    @CommandHandler
    void handle(ReleaseReservationCommand command) {
        WarehouseId warehouseId = requireReservation(command.reservationId());
        WarehouseStock stock = stockOf(warehouseId);
        BigDecimal quantity = stock.reservations.get(command.reservationId());
        apply(new StockReservationReleasedEvent(itemId, warehouseId, command.reservationId(), quantity,
                command.reason(), stock.reserved.subtract(quantity)));
        checkReorderLevel(warehouseId);
    }

    @CommandHandler
    void handle(IssueReservedStockCommand command) {
        if (alreadyApplied(command.movementId())) {
            return;
        }
        WarehouseId warehouseId = requireReservation(command.reservationId());
        WarehouseStock stock = stockOf(warehouseId);
        BigDecimal quantity = stock.reservations.get(command.reservationId());
        Money value = money(stock.valueOf(quantity));
        apply(new StockIssuedEvent(itemId, warehouseId, command.movementId(), quantity, value,
                command.reservationId(), command.reference(), stock.onHand.subtract(quantity),
                money(stock.value.subtract(value.amount()))));
        checkReorderLevel(warehouseId);
    }

    @CommandHandler
    void handle(DispatchTransferCommand command, UniqueKeys uniqueKeys) {
        require(notBlank(command.transferId()), "transferId is required");
        if (transfersInTransit.containsKey(command.transferId()) || alreadyApplied(command.transferId())) {
            return; // a retried dispatch
        }
        require(command.fromWarehouseId() != null && command.toWarehouseId() != null
                && !command.fromWarehouseId().equals(command.toWarehouseId()),
                "a transfer goes from one warehouse to another");
        requireWarehouse(command.toWarehouseId(), uniqueKeys);
        BigDecimal quantity = Quantities.positive(command.quantity(), "quantity");
        WarehouseStock stock = requireAvailable(command.fromWarehouseId(), quantity);
        Money value = money(stock.valueOf(quantity));
        apply(new StockTransferDispatchedEvent(itemId, command.transferId(), command.fromWarehouseId(),
                command.toWarehouseId(), quantity, value, stock.onHand.subtract(quantity),
                money(stock.value.subtract(value.amount()))));
        checkReorderLevel(command.fromWarehouseId());
    }

    @CommandHandler
    void handle(ReceiveTransferCommand command) {
        Transfer transfer = transfersInTransit.get(command.transferId());
        if (transfer == null) {
            if (alreadyApplied(command.transferId())) {
                return; // a retried receipt
            }
            throw new DomainException(InventoryErrors.UNKNOWN_TRANSFER,
                    "No transfer " + command.transferId() + " in transit");
        }
        WarehouseId to = new WarehouseId(transfer.to);
        WarehouseStock stock = stockOf(to);
        apply(new StockTransferReceivedEvent(itemId, command.transferId(), new WarehouseId(transfer.from), to,
                transfer.quantity, money(transfer.value), stock.onHand.add(transfer.quantity),
                money(stock.value.add(transfer.value))));
        checkReorderLevel(to);
    }

    @CommandHandler
    void handle(AdjustStockCountCommand command, UniqueKeys uniqueKeys) {
        if (alreadyApplied(command.movementId())) {
            return;
        }
        requireWarehouse(command.warehouseId(), uniqueKeys);
        require(notBlank(command.reason()), "reason is required");
        BigDecimal counted = Quantities.zeroOrMore(command.countedQuantity(), "countedQuantity");
        WarehouseStock stock = stockOf(command.warehouseId());
        if (counted.compareTo(stock.reserved) < 0) {
            throw new DomainException(InventoryErrors.COUNT_BELOW_RESERVED, "Counted " + counted.stripTrailingZeros()
                    .toPlainString() + " is below the " + stock.reserved.stripTrailingZeros().toPlainString()
                    + " reserved; release or pick reservations first");
        }
        BigDecimal difference = counted.subtract(stock.onHand);
        BigDecimal value = difference.signum() < 0
                ? stock.valueOf(difference.negate()).negate()
                : money(stock.unitCostForGains().multiply(difference)).amount();
        apply(new StockCountAdjustedEvent(itemId, command.warehouseId(), command.movementId(), counted, difference,
                money(value), command.reason(), counted, money(stock.value.add(value))));
        checkReorderLevel(command.warehouseId());
    }

    /** Raises the start or end of a shortage when available stock crosses the reorder level. */
    private void checkReorderLevel(WarehouseId warehouseId) {
        WarehouseStock stock = stockOf(warehouseId);
        if (stock.reorderLevel == null) {
            return;
        }
        BigDecimal available = stock.available();
        boolean below = available.compareTo(stock.reorderLevel) < 0;
        if (below && !stock.shortage) {
            apply(new StockFellBelowReorderLevelEvent(itemId, warehouseId, available, stock.reorderLevel,
                    stock.reorderQuantity, new SupplierId(stock.supplierId), money(stock.proposalPrice())));
        } else if (!below && stock.shortage) {
            apply(new StockReorderLevelRestoredEvent(itemId, warehouseId, available, stock.reorderLevel));
        }
    }

    @EventSourcingHandler
    void on(StockItemRegisteredEvent event) {
        itemId = event.itemId();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(ReorderPolicySetEvent event) {
        WarehouseStock stock = stockIn(event.warehouseId());
        stock.reorderLevel = event.reorderLevel();
        stock.reorderQuantity = event.reorderQuantity();
        stock.supplierId = event.supplierId().value();
        stock.supplierPrice = event.supplierPrice() == null ? null : event.supplierPrice().amount();
    }

    @EventSourcingHandler
    void on(StockReceivedEvent event) {
        appliedMovements.add(event.movementId());
        WarehouseStock stock = stockIn(event.warehouseId());
        stock.set(event.onHandAfter(), event.valueAfter());
        stock.lastUnitCost = event.unitCost().amount();
    }

    @EventSourcingHandler
    void on(StockIssuedEvent event) {
        appliedMovements.add(event.movementId());
        WarehouseStock stock = stockIn(event.warehouseId());
        stock.set(event.onHandAfter(), event.valueAfter());
        if (event.reservationId() != null) {
            stock.unreserve(event.reservationId());
        }
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        WarehouseStock stock = stockIn(event.warehouseId());
        stock.reservations.put(event.reservationId(), event.quantity());
        stock.reserved = event.reservedAfter();
    }

    @EventSourcingHandler
    void on(StockReservationReleasedEvent event) {
        stockIn(event.warehouseId()).unreserve(event.reservationId());
    }

    @EventSourcingHandler
    void on(StockTransferDispatchedEvent event) {
        stockIn(event.fromWarehouseId()).set(event.onHandAfter(), event.valueAfter());
        transfersInTransit.put(event.transferId(), new Transfer(event.fromWarehouseId().value(),
                event.toWarehouseId().value(), event.quantity(), event.value().amount()));
    }

    @EventSourcingHandler
    void on(StockTransferReceivedEvent event) {
        stockIn(event.toWarehouseId()).set(event.onHandAfter(), event.valueAfter());
        transfersInTransit.remove(event.transferId());
        appliedMovements.add(event.transferId());
    }

    @EventSourcingHandler
    void on(StockCountAdjustedEvent event) {
        appliedMovements.add(event.movementId());
        stockIn(event.warehouseId()).set(event.onHandAfter(), event.valueAfter());
    }

    @EventSourcingHandler
    void on(StockFellBelowReorderLevelEvent event) {
        stockIn(event.warehouseId()).shortage = true;
    }

    @EventSourcingHandler
    void on(StockReorderLevelRestoredEvent event) {
        stockIn(event.warehouseId()).shortage = false;
    }

    /** The stock in a warehouse, for deciding: an empty one if the item was never there (nothing is stored). */
    private WarehouseStock stockOf(WarehouseId warehouseId) {
        require(warehouseId != null, "warehouseId is required");
        return warehouses.getOrDefault(warehouseId.value(), new WarehouseStock());
    }

    /** The stock in a warehouse, for event sourcing handlers only: created on first use. */
    private WarehouseStock stockIn(WarehouseId warehouseId) {
        return warehouses.computeIfAbsent(warehouseId.value(), id -> new WarehouseStock());
    }

    private WarehouseStock requireAvailable(WarehouseId warehouseId, BigDecimal quantity) {
        WarehouseStock stock = stockOf(warehouseId);
        if (stock.available().compareTo(quantity) < 0) {
            throw new DomainException(InventoryErrors.INSUFFICIENT_STOCK,
                    "Only " + stock.available().stripTrailingZeros()
                    .toPlainString() + " available in warehouse " + warehouseId + ", " + quantity.stripTrailingZeros()
                    .toPlainString() + " requested");
        }
        return stock;
    }

    private WarehouseId requireReservation(String reservationId) {
        String warehouse = warehouseOfReservation(reservationId);
        if (warehouse == null) {
            throw new DomainException(InventoryErrors.UNKNOWN_RESERVATION, "No open reservation " + reservationId);
        }
        return new WarehouseId(warehouse);
    }

    /** The warehouse holding an open reservation, or {@code null}. */
    private String warehouseOfReservation(String reservationId) {
        return warehouses.entrySet().stream()
                .filter(entry -> reservationId != null && entry.getValue().reservations.containsKey(reservationId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static void requireWarehouse(WarehouseId warehouseId, UniqueKeys uniqueKeys) {
        require(warehouseId != null, "warehouseId is required");
        if (!uniqueKeys.hasOwner(Warehouse.WAREHOUSE_CODE, warehouseId.value())) {
            throw new DomainException(InventoryErrors.UNKNOWN_WAREHOUSE, "No warehouse " + warehouseId);
        }
    }

    private void requireCurrency(Money amount) {
        if (!currency.equals(amount.currency())) {
            throw new DomainException(CommonErrors.CURRENCY_MISMATCH,
                    "This item is valued in " + currency + ", not " + amount.currency());
        }
    }

    private boolean alreadyApplied(String movementId) {
        require(notBlank(movementId), "movementId is required");
        return appliedMovements.contains(movementId);
    }

    private Money money(BigDecimal amount) {
        return Money.rounded(amount, currency);
    }



    /** Stock of this item in one warehouse. */
    @SnapshotFields
    static final class WarehouseStock {
        BigDecimal onHand = BigDecimal.ZERO.setScale(Quantities.SCALE);
        BigDecimal reserved = BigDecimal.ZERO.setScale(Quantities.SCALE);
        /** Exact value on hand, in the item's currency. */
        BigDecimal value = BigDecimal.ZERO;
        Map<String, BigDecimal> reservations = new HashMap<>();
        BigDecimal reorderLevel;
        BigDecimal reorderQuantity;
        String supplierId;
        boolean shortage;
        /** Unit cost of the last receipt; zero before the first. */
        BigDecimal lastUnitCost = BigDecimal.ZERO;
        /** The reorder policy's agreed unit price, or {@code null}. */
        BigDecimal supplierPrice;

        BigDecimal available() {
            return onHand.subtract(reserved);
        }

        /** Value of {@code quantity} taken out at the moving average; all that is left when it empties the shelf. */
        BigDecimal valueOf(BigDecimal quantity) {
            if (quantity.compareTo(onHand) >= 0) {
                return value;
            }
            return value.multiply(quantity).divide(onHand, value.scale(), Money.ROUNDING);
        }

        /** What a unit found by a count is worth: the moving average, or the last receipt's cost on an empty shelf. */
        BigDecimal unitCostForGains() {
            return onHand.signum() == 0 ? lastUnitCost : averageCost();
        }

        /**
         * The unit price a purchase is proposed at: the policy's agreed price; else the moving average; else the last
         * receipt's cost (an empty shelf has no average). Zero for a new item never received and priced by nobody,
         * which the reorder saga cannot propose at (it says so); naming a price on the policy is the way out.
         */
        BigDecimal proposalPrice() {
            if (supplierPrice != null) {
                return supplierPrice;
            }
            return averageCost().signum() > 0 ? averageCost() : lastUnitCost;
        }

        /** The moving-average unit cost, unrounded beyond 6 decimals; zero when nothing is on hand. */
        BigDecimal averageCost() {
            return onHand.signum() == 0 ? BigDecimal.ZERO : value.divide(onHand, 6, Money.ROUNDING);
        }

        void set(BigDecimal onHandAfter, Money valueAfter) {
            onHand = onHandAfter;
            value = valueAfter.amount();
        }

        void unreserve(String reservationId) {
            BigDecimal quantity = reservations.remove(reservationId);
            if (quantity != null) {
                reserved = reserved.subtract(quantity);
            }
        }

        // Value equality lets Axon's test fixture prove that state only changes in event sourcing handlers.
        @Override
        public boolean equals(Object o) {
            return o instanceof WarehouseStock other && onHand.equals(other.onHand) && reserved.equals(other.reserved)
                    && value.equals(other.value) && reservations.equals(other.reservations)
                    && Objects.equals(reorderLevel, other.reorderLevel)
                    && Objects.equals(reorderQuantity, other.reorderQuantity)
                    && Objects.equals(supplierId, other.supplierId) && shortage == other.shortage
                    && lastUnitCost.equals(other.lastUnitCost);
        }

        @Override
        public int hashCode() {
            return Objects.hash(onHand, reserved, value, reservations, reorderLevel, supplierId, shortage);
        }
    }

    /** A transfer between dispatch and receipt. */
    record Transfer(String from, String to, BigDecimal quantity, BigDecimal value) {
    }
}
