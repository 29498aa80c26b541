package dev.urakata.command.purchasing;

import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.purchasing.PurchaseOrderGoodsReceivedEvent;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.purchasing.ReceivedGoodsLine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The receipts-to-stock policy: one stock receipt per received line, with ids that make redelivery harmless. */
class PurchaseReceiptsToStockPolicyTest {

    @Test
    void sendsOneReceiveStockCommandPerLineWithADerivedMovementIdAndTheOrderUnitCost() {
        CommandGateway gateway = mock(CommandGateway.class);
        PurchaseReceiptsToStockPolicy policy = new PurchaseReceiptsToStockPolicy(gateway);
        StockItemId bolts = new StockItemId("bolts");
        StockItemId nuts = new StockItemId("nuts");
        WarehouseId osaka = new WarehouseId("osaka");
        WarehouseId kobe = new WarehouseId("kobe");

        policy.on(new PurchaseOrderGoodsReceivedEvent(new PurchaseOrderId("po-7"), "dn-42", List.of(
                new ReceivedGoodsLine(1, bolts, osaka, new BigDecimal("60"), Money.of("12", "JPY")),
                new ReceivedGoodsLine(3, nuts, kobe, new BigDecimal("2.5"), Money.of("300", "JPY"))), false));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).containsExactly(
                new ReceiveStockCommand(bolts, osaka, "dn-42-1", new BigDecimal("60"), Money.of("12", "JPY"),
                        "PO po-7"),
                new ReceiveStockCommand(nuts, kobe, "dn-42-3", new BigDecimal("2.5"), Money.of("300", "JPY"),
                        "PO po-7"));
    }

    @Test
    void aRedeliveredEventAsksForTheSameMovementIdsAgain() {
        CommandGateway gateway = mock(CommandGateway.class);
        PurchaseReceiptsToStockPolicy policy = new PurchaseReceiptsToStockPolicy(gateway);
        PurchaseOrderGoodsReceivedEvent event = new PurchaseOrderGoodsReceivedEvent(new PurchaseOrderId("po-7"),
                "dn-42", List.of(new ReceivedGoodsLine(1, new StockItemId("bolts"), new WarehouseId("osaka"),
                new BigDecimal("60"), Money.of("12", "JPY"))), true);

        policy.on(event);
        policy.on(event);

        ArgumentCaptor<ReceiveStockCommand> sent = ArgumentCaptor.forClass(ReceiveStockCommand.class);
        verify(gateway, times(2)).sendAndWait(sent.capture());
        // The stock aggregate recognises the repeated movement id, so nothing is booked twice.
        assertThat(sent.getAllValues()).extracting(ReceiveStockCommand::movementId)
                .containsExactly("dn-42-1", "dn-42-1");
    }
}
