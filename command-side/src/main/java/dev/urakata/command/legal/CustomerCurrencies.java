package dev.urakata.command.legal;

import dev.urakata.shared.finance.CustomerRegisteredEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The currency a customer is invoiced in, read from the first event of the customer's own stream at the moment of
 * asking: a customer contract's value must be in it, or none of its invoices could be drafted. The event store, not
 * a read model, because the read store is disposable and may lag; from sequence 0, because a snapshot would hide the
 * registration.
 */
@Component
class CustomerCurrencies {

    private final ObjectProvider<EventStore> eventStore;

    CustomerCurrencies(ObjectProvider<EventStore> eventStore) {
        // looked up when first used: the event store is built after the beans the aggregates need
        this.eventStore = eventStore;
    }

    /** The customer's currency, empty when {@code customerId} names no registered customer. */
    Optional<String> of(String customerId) {
        return eventStore.getObject().readEvents(customerId, 0).asStream().findFirst()
                .map(EventMessage::getPayload)
                .filter(CustomerRegisteredEvent.class::isInstance)
                .map(payload -> ((CustomerRegisteredEvent) payload).currency());
    }
}
