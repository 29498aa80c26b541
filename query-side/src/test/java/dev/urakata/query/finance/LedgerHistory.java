package dev.urakata.query.finance;

import dev.urakata.shared.MetadataKeys;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Feeds events to projections as a processor would: as domain event messages with ids, sequences and times. */
final class LedgerHistory {

    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<GenericDomainEventMessage<?>> delivered = new ArrayList<>();
    private int ids;

    LedgerHistory(Object... projections) {
        for (Object projection : projections) {
            handlers.add(new AnnotationEventHandlerAdapter(projection));
        }
    }

    /** Records {@code payload} of the aggregate at {@code at} and hands it to every projection. */
    GenericDomainEventMessage<?> add(Instant at, String aggregateType, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateType + "/" + aggregateId, 1L, Long::sum) - 1;
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence,
                payload, MetaData.with(MetadataKeys.USER, "fin"), "ev-" + ids++, at);
        deliver(message);
        delivered.add(message);
        return message;
    }

    /** Hands an already recorded message to every projection again, as a redelivery would. */
    void deliver(GenericDomainEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                handler.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    List<GenericDomainEventMessage<?>> delivered() {
        return delivered;
    }
}
