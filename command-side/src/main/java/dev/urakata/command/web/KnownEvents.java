package dev.urakata.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate's events as known at an instant, read from the event store itself: what the bitemporal views of
 * small, rarely changing aggregates (a pay policy, the labour rule book) answer from, so that "what did we know
 * then" is exact and needs no read model of its own. Always from the first event, never from a snapshot, which
 * holds the latest state only.
 */
@Component
public class KnownEvents {

    private final EventStore eventStore;

    KnownEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The aggregate's events recorded at or before {@code asOf} ({@code null}: all of them), in order. */
    public List<DomainEventMessage<?>> of(String aggregateId, Instant asOf) {
        List<DomainEventMessage<?>> known = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                break; // an aggregate's events are recorded in sequence order
            }
            known.add(event);
        }
        return known;
    }
}
