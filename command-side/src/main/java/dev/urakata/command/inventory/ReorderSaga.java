package dev.urakata.command.inventory;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.inventory.StockFellBelowReorderLevelEvent;
import dev.urakata.shared.inventory.StockReorderLevelRestoredEvent;
import dev.urakata.shared.purchasing.CancelPurchaseOrderCommand;
import dev.urakata.shared.purchasing.DraftPurchaseOrderCommand;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.PurchaseOrderLine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Proposes a purchase when an item runs short in a warehouse: one draft purchase order per shortage, for the
 * policy's reorder quantity from the policy's supplier, at the current moving-average cost. The order is a draft:
 * a buyer reviews, approves and sends it.
 *
 * <p>One saga lives per shortage (from "fell below" to "restored"). The stock item raises "fell below" only once
 * per shortage; the saga also ignores a redelivered start, so a shortage never yields two proposals. When the
 * shortage ends before anyone approved the proposal (stock came back some other way), the proposal is withdrawn:
 * cancelled if it is still a draft, left alone once somebody approved it (the order decides, so an approval racing
 * the withdrawal always wins).
 *
 * <p>The price is the stock item's proposal price: the policy's agreed supplier price, else the item's own cost.
 * A new item nobody priced has none; then nothing is drafted and the log says why, at INFO (a policy without a
 * price on a new item is a setting, not a failure).
 */
@Saga
@SnapshotFields
public class ReorderSaga {

    /** The association: one item in one warehouse. */
    static final String SHORTAGE = "shortageKey";
    /** The origin recorded on proposed orders. */
    static final String ORIGIN = "REORDER";

    private static final Logger log = LoggerFactory.getLogger(ReorderSaga.class);

    private PurchaseOrderId proposedOrder;

    @StartSaga
    @SagaEventHandler(associationProperty = SHORTAGE)
    void on(StockFellBelowReorderLevelEvent event, CommandGateway commands, ProposalIds ids) {
        if (proposedOrder != null) {
            return; // a redelivered start: this shortage already has its proposal
        }
        if (event.unitCost() == null || !event.unitCost().isPositive()) {
            log.info("No purchase proposed for shortage {}: the item has no cost yet and its reorder policy names no "
                    + "supplierPrice", event.shortageKey());
            return;
        }
        proposedOrder = ids.next();
        commands.send(new DraftPurchaseOrderCommand(proposedOrder, event.supplierId(), List.of(new PurchaseOrderLine(1,
                event.itemId(), event.warehouseId(), event.reorderQuantity(), event.unitCost())), ORIGIN))
                .exceptionally(failure -> {
                    log.warn("Could not propose purchase order {} for shortage {}: {}", proposedOrder,
                            event.shortageKey(), failure.getMessage());
                    return null;
                });
    }

    @EndSaga
    @SagaEventHandler(associationProperty = SHORTAGE)
    void on(StockReorderLevelRestoredEvent event, CommandGateway commands) {
        // The shortage is over; the next one starts a new saga and a new proposal.
        if (proposedOrder != null) {
            commands.send(new CancelPurchaseOrderCommand(proposedOrder, "shortage of " + event.shortageKey()
                    + " resolved before approval", true)).exceptionally(failure -> {
                        log.warn("Could not withdraw proposal {}: {}", proposedOrder, failure.getMessage());
                        return null;
                    });
        }
    }
}
