package dev.urakata.command.it;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetRegisteredEvent;
import dev.urakata.shared.it.AssetRetiredEvent;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetStatus;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.AssignAssetCommand;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.RegisterAssetCommand;
import dev.urakata.shared.it.RetireAssetCommand;
import dev.urakata.shared.it.ReturnAssetCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Locale;

import static dev.urakata.shared.error.Checks.blankToNull;
import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One IT asset on the register: available → assigned to an employee → returned (available again) …, until it is
 * retired, which only an asset nobody holds can be and after which it accepts nothing. Serial numbers are unique
 * across the register (compared without regard to case).
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class Asset {

    /** The scope of serial numbers in the command side's unique keys. */
    static final String SERIAL_NUMBER = "asset-serial-number";

    @AggregateIdentifier
    private AssetId assetId;
    private AssetType assetType;
    private AssetStatus status;
    private EmployeeId holder;
    private LocalDate assignedOn;

    Asset() {
        // for Axon
    }

    @CommandHandler
    Asset(RegisterAssetCommand command, UniqueKeys uniqueKeys) {
        require(command.assetId() != null, "assetId is required");
        require(command.assetType() != null, "assetType is required");
        String serial = command.serialNumber() == null ? "" : command.serialNumber().strip();
        require(serial.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}"),
                "serialNumber is required: 1-64 letters, digits, '.', '_', '/' or '-'");
        requireText(command.model(), 200, "model");
        uniqueKeys.claimFor(SERIAL_NUMBER, serial.toUpperCase(Locale.ROOT), command.assetId().value(),
                ItErrors.DUPLICATE_SERIAL_NUMBER);
        apply(new AssetRegisteredEvent(command.assetId(), command.assetType(), serial, command.model().strip()));
    }

    @CommandHandler
    void handle(AssignAssetCommand command) {
        requireNotRetired();
        require(command.employeeId() != null, "employeeId is required");
        require(command.assignedOn() != null, "assignedOn is required");
        if (status == AssetStatus.ASSIGNED) {
            throw new DomainException(ItErrors.ASSET_ALREADY_ASSIGNED,
                    "Asset " + assetId + " is held by " + holder + "; it must be returned first");
        }
        apply(new AssetAssignedEvent(assetId, assetType, command.employeeId(), command.assignedOn()));
    }

    @CommandHandler
    void handle(ReturnAssetCommand command) {
        requireNotRetired();
        if (status != AssetStatus.ASSIGNED) {
            throw new DomainException(ItErrors.ASSET_NOT_ASSIGNED, "Asset " + assetId + " is not assigned to anybody");
        }
        require(command.returnedOn() != null, "returnedOn is required");
        require(!command.returnedOn().isBefore(assignedOn),
                "returnedOn may not lie before the day it was assigned (" + assignedOn + ")");
        require(command.condition() == null || command.condition().length() <= 500,
                "condition is at most 500 characters");
        apply(new AssetReturnedEvent(assetId, assetType, holder, command.returnedOn(),
                blankToNull(command.condition())));
    }

    @CommandHandler
    void handle(RetireAssetCommand command) {
        requireNotRetired();
        if (status == AssetStatus.ASSIGNED) {
            throw new DomainException(ItErrors.ASSET_ALREADY_ASSIGNED,
                    "Asset " + assetId + " is held by " + holder + "; it must be returned before it is retired");
        }
        require(command.retiredOn() != null, "retiredOn is required");
        requireText(command.reason(), 500, "reason");
        apply(new AssetRetiredEvent(assetId, assetType, command.retiredOn(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(AssetRegisteredEvent event) {
        assetId = event.assetId();
        assetType = event.assetType();
        status = AssetStatus.AVAILABLE;
    }

    @EventSourcingHandler
    void on(AssetAssignedEvent event) {
        status = AssetStatus.ASSIGNED;
        holder = event.employeeId();
        assignedOn = event.assignedOn();
    }

    @EventSourcingHandler
    void on(AssetReturnedEvent event) {
        status = AssetStatus.AVAILABLE;
        holder = null;
        assignedOn = null;
    }

    @EventSourcingHandler
    void on(AssetRetiredEvent event) {
        status = AssetStatus.RETIRED;
    }

    private void requireNotRetired() {
        if (status == AssetStatus.RETIRED) {
            throw new DomainException(ItErrors.ASSET_RETIRED, "Asset " + assetId + " was retired");
        }
    }
}
