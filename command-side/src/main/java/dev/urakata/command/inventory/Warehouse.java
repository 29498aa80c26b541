package dev.urakata.command.inventory;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.inventory.RegisterWarehouseCommand;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.inventory.WarehouseRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A place stock is kept. Its code is unique; stock items check that a warehouse exists before using it. */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class Warehouse {

    /** The uniqueness scope of warehouse codes; its owners are the warehouses that exist. */
    static final String WAREHOUSE_CODE = "warehouse-code";

    @AggregateIdentifier
    private WarehouseId warehouseId;

    Warehouse() {
        // for Axon
    }

    @CommandHandler
    Warehouse(RegisterWarehouseCommand command, UniqueKeys uniqueKeys) {
        if (command.warehouseId() == null || blank(command.code()) || blank(command.name())) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "warehouseId, code and name are required");
        }
        String code = command.code().trim();
        uniqueKeys.claimFor(WAREHOUSE_CODE, code, command.warehouseId().value(),
                InventoryErrors.DUPLICATE_WAREHOUSE_CODE);
        apply(new WarehouseRegisteredEvent(command.warehouseId(), code, command.name().trim()));
    }

    @EventSourcingHandler
    void on(WarehouseRegisteredEvent event) {
        warehouseId = event.warehouseId();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
