package dev.urakata.command.purchasing;

import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Books goods received against a purchase order into stock: one {@link ReceiveStockCommand} per received line,
 * at the order line's unit cost.
 *
 * <p>The movement id is derived from the receipt and line ({@code receiptId-lineNumber}), and the stock aggregate
 * ignores a movement id it has already applied, so a redelivered event or a replay books nothing twice. Each
 * command is sent and awaited: a refusal (say, an item not registered in that warehouse) fails the event, which
 * the processor then parks in this group's dead-letter queue instead of losing it.
 */
@Component
@ProcessingGroup(PurchaseReceiptsToStockPolicy.PROCESSING_GROUP)
class PurchaseReceiptsToStockPolicy {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "purchase-receipts-to-stock";

    private final CommandGateway commands;

    PurchaseReceiptsToStockPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PurchaseOrderGoodsReceivedEvent event) {
        for (ReceivedGoodsLine line : event.lines()) {
            commands.sendAndWait(new ReceiveStockCommand(line.itemId(), line.warehouseId(),
                    movementId(event.receiptId(), line.lineNumber()), line.quantity(), line.unitCost(),
                    "PO " + event.purchaseOrderId()));
        }
    }

    static String movementId(String receiptId, int lineNumber) {
        return receiptId + "-" + lineNumber;
    }
}
