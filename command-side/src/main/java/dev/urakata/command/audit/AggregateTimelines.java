package dev.urakata.command.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.audit.AggregateTimeline;
import dev.urakata.shared.audit.FindAggregateTimelineQuery;
import dev.urakata.shared.audit.TimelineStep;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds an aggregate's history for the audit timeline: its events in order and its state after each one, by
 * running its own event sourcing handlers over the stored events (never over a snapshot). Answers the HTTP endpoint
 * and, for readers on the query side such as the web console, {@link FindAggregateTimelineQuery} over the query bus.
 */
@Component
class AggregateTimelines {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final Configuration axon;
    private final EventStore eventStore;
    private final ObjectMapper json;

    AggregateTimelines(Configuration axon, EventStore eventStore, ObjectMapper json) {
        this.axon = axon;
        this.eventStore = eventStore;
        // Aggregates keep their state in private fields; dates as ISO strings, as everywhere else in the API.
        this.json = json.copy().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The timeline, or NOT_FOUND for an unknown aggregate type or an aggregate with no events. */
    AggregateTimeline timeline(String aggregateType, String aggregateId, Long asOfSequence, Instant asOf) {
        Class<?> type = aggregateClass(aggregateType);
        AggregateModel<Object> model = model(type, axon);
        Object aggregate = newInstance(type);
        List<TimelineStep> steps = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (!event.getType().equals(aggregateType)
                    || (asOfSequence != null && event.getSequenceNumber() > asOfSequence)
                    || (asOf != null && event.getTimestamp().isAfter(asOf))) {
                break;
            }
            model.publish(event, aggregate);
            steps.add(new TimelineStep(event.getSequenceNumber(), event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), event.getTimestamp(),
                    (String) event.getMetaData().get(MetadataKeys.USER),
                    (String) event.getMetaData().get(MetadataKeys.CORRELATION_ID),
                    (String) event.getMetaData().get(MetadataKeys.CAUSATION_ID),
                    json.convertValue(event.getPayload(), FIELDS), json.convertValue(aggregate, FIELDS)));
        }
        if (steps.isEmpty() && asOfSequence == null && asOf == null) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No " + aggregateType + " with id " + aggregateId);
        }
        return new AggregateTimeline(aggregateType, aggregateId, steps,
                steps.isEmpty() ? Map.of() : steps.get(steps.size() - 1).stateAfter());
    }

    /** The same timeline over the query bus; nothing for an unknown aggregate type or aggregate. */
    @QueryHandler
    Optional<AggregateTimeline> handle(FindAggregateTimelineQuery query) {
        try {
            return Optional.of(timeline(query.aggregateType(), query.aggregateId(), query.asOfSequence(),
                    query.asOf()));
        } catch (DomainException e) {
            if (CommonErrors.NOT_FOUND.is(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Class<?> aggregateClass(String aggregateType) {
        return axon.findModules(AggregateConfiguration.class).stream()
                .map(AggregateConfiguration::aggregateType)
                .filter(type -> type.getSimpleName().equals(aggregateType))
                .findFirst()
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "No aggregate type " + aggregateType));
    }

    /** The aggregate's model with the application's parameter resolvers (handlers take Spring beans). */
    @SuppressWarnings("unchecked")
    private static AggregateModel<Object> model(Class<?> type, Configuration axon) {
        return (AggregateModel<Object>) AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                axon.parameterResolverFactory(), axon.handlerDefinition(type));
    }

    private static Object newInstance(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
