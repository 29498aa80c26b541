package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRulesId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the labour rules from the rule book's own event stream at the moment of each check. Unlike a tracking
 * view this never lags: an assignment made a millisecond after a rule change is checked by the new rule, on one
 * instance or many, with the embedded store or Axon Server. The stream holds one event per rule change, so
 * reading it is cheap (and the rule book is never snapshotted, so the stream is all events).
 */
@Component
class EventStoreLabourRules implements LabourRulesInForce {

    private final EventStore eventStore;

    EventStoreLabourRules(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public LabourRuleBook current() {
        LabourRuleBook[] book = {LabourRuleBook.NONE};
        eventStore.readEvents(LabourRulesId.COMPANY.value()).asStream()
                .map(EventMessage::getPayload)
                .forEach(payload -> book[0] = book[0].with(payload));
        return book[0];
    }
}
