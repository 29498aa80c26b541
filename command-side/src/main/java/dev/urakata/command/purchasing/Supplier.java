package dev.urakata.command.purchasing;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.EmailAddress;
import dev.urakata.shared.purchasing.RegisterSupplierCommand;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Currency;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A supplier purchase orders are placed with. Registration is all it decides today; it is an aggregate so that
 * later changes (contact, currency, blocking) have a home with a history.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Supplier {

    @AggregateIdentifier
    private SupplierId supplierId;

    Supplier() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Supplier(RegisterSupplierCommand command) {
        require(command.supplierId() != null, "supplierId is required");
        require(command.name() != null && !command.name().isBlank(), "name is required");
        String contactEmail = EmailAddress.of(command.contactEmail()).value();
        require(command.currency() != null && isIsoCurrency(command.currency()),
                "currency must be an ISO 4217 currency code");
        apply(new SupplierRegisteredEvent(command.supplierId(), command.name().trim(), contactEmail,
                command.currency()));
    }

    @EventSourcingHandler
    void on(SupplierRegisteredEvent event) {
        supplierId = event.supplierId();
    }

    private static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
