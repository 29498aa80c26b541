package dev.urakata.query.operations;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.operations.OperationsErrors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which processors can be rebuilt blue-green, and from which projection classes: a processor that replays its events
 * (not a saga), whose handlers are annotated classes that each keep their state in MongoDB through a
 * {@code MongoTemplate} (see {@link ShadowProjections#check}). Axon's processor internals are looked at here only.
 */
final class RebuildableProcessors {

    private final EventProcessingConfiguration processing;

    RebuildableProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * The named processor, if it can replay its events.
     *
     * @throws DomainException NOT_FOUND for an unknown processor, PROCESSOR_RESET_NOT_SUPPORTED for one whose events
     *                         cannot be replayed (a saga)
     */
    StreamingEventProcessor processor(String name) {
        EventProcessor found = processing.eventProcessors().get(name);
        if (found == null) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No event processor named " + name);
        }
        if (!(found instanceof StreamingEventProcessor processor) || !processor.supportsReset()) {
            throw new DomainException(OperationsErrors.PROCESSOR_RESET_NOT_SUPPORTED,
                    "The event processor " + name + " cannot replay its events, so it cannot be rebuilt");
        }
        return processor;
    }

    /**
     * The classes of the processor's event handlers, each checked to be buildable beside the live one.
     *
     * @throws DomainException PROCESSOR_REBUILD_NOT_SUPPORTED naming what stands in the way
     */
    static List<Class<?>> projectionTypes(String name, StreamingEventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor withInvoker)) {
            throw notRebuildable(name, "its event handlers cannot be inspected");
        }
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(name, withInvoker.eventHandlerInvoker(), types);
        if (types.isEmpty()) {
            throw notRebuildable(name, "it has no event handlers");
        }
        List<Class<?>> list = List.copyOf(types);
        try {
            ShadowProjections.check(list);
        } catch (ShadowProjections.NotRebuildable e) {
            throw notRebuildable(name, e.getMessage());
        }
        return list;
    }

    private static void collect(String name, EventHandlerInvoker invoker, Set<Class<?>> types) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(name, delegate, types));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (EventMessageHandler handler : simple.eventHandlers()) {
                if (!(handler instanceof AnnotationEventHandlerAdapter)) {
                    throw notRebuildable(name, "its handler " + handler.getTargetType().getSimpleName()
                            + " is not an annotated event handler");
                }
                types.add(ClassUtils.getUserClass(handler.getTargetType()));
            }
        } else {
            throw notRebuildable(name, "its events are handled by a " + invoker.getClass().getSimpleName());
        }
    }

    static DomainException notRebuildable(String name, String reason) {
        return new DomainException(OperationsErrors.PROCESSOR_REBUILD_NOT_SUPPORTED, "The event processor " + name
                + " cannot be rebuilt beside its live version: " + reason + ". Reset it in place instead.");
    }
}
