package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.command.web.KnownEvents;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Reads the labour rules from the rule book's own event stream at the moment of each check. Unlike a tracking
 * view this never lags: an assignment made a millisecond after a rule change is checked by the new rule, on one
 * instance or many, with the embedded store or Axon Server. The stream holds one event per rule change, so
 * reading it is cheap (and the rule book is never snapshotted, so the stream is all events).
 */
@Component
class EventStoreLabourRules implements LabourRulesInForce {

    private final KnownEvents events;

    EventStoreLabourRules(KnownEvents events) {
        this.events = events;
    }

    @Override
    public LabourRuleBook current() {
        LabourRuleBook[] book = {LabourRuleBook.NONE};
        events.of(LabourRulesId.COMPANY.value(), null).stream()
                .map(EventMessage::getPayload)
                .forEach(payload -> book[0] = book[0].with(payload));
        return book[0];
    }
}
