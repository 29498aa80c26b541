package dev.urakata.query.operations;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.operations.ProcessorStatus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Status and rebuild of the event processors of this instance.
 *
 * <p>Positions are what this instance sees: in distributed mode each query-side instance reports the segments it
 * has claimed, and a rebuild only succeeds when no other instance holds a segment of the processor.
 */
@Service
class ProcessorOperations {

    private static final Logger log = LoggerFactory.getLogger(ProcessorOperations.class);

    private final EventProcessingConfiguration processing;
    private final ObjectProvider<EventStore> eventStore;

    ProcessorOperations(EventProcessingConfiguration processing, ObjectProvider<EventStore> eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    List<ProcessorStatus> all() {
        Long head = headPosition();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> status(processor, head))
                .toList();
    }

    /**
     * Replays every event into the processor's handlers: shut down, reset the tokens (the projections'
     * {@code @ResetHandler}s empty their collections), clear its dead-letter queue, start again. The replay itself
     * runs in the background.
     */
    synchronized ProcessorStatus rebuild(String name) {
        EventProcessor found = processing.eventProcessors().get(name);
        if (found == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No event processor named " + name);
        }
        if (!(found instanceof StreamingEventProcessor processor) || !processor.supportsReset()) {
            throw new DomainException(ErrorCode.PROCESSOR_RESET_NOT_SUPPORTED,
                    "The event processor " + name + " does not support a reset");
        }
        log.warn("Rebuilding event processor {}: its projections are emptied and every event is replayed", name);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            // Typically another instance still claims a segment. Segments reset before the failure replay once
            // this instance claims them again; the others carry on where they were.
            log.warn("Could not reset event processor {}", name, e);
            processor.start();
            throw new DomainException(ErrorCode.PROCESSOR_RESET_REFUSED, "The event processor " + name
                    + " could not be reset now; another instance may hold its segments");
        }
        // The replay hands every parked event to the handlers again; letters left in the queue would only park
        // the replayed events of their sequences behind stale copies (Axon's DeadLetteringEventHandlerInvoker
        // leaves the queue alone on reset unless told otherwise).
        processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
        processor.start();
        return status(processor, headPosition());
    }

    private ProcessorStatus status(EventProcessor processor, Long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), false, processor.isRunning(), processor.isError(),
                    false, 0, null, null, null, null);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        boolean error = processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean replaying = streaming.isReplaying();
        OptionalLong lowest = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long lowestPosition = lowest.isPresent() ? lowest.getAsLong() : null;
        Long lag = head != null && lowestPosition != null ? Math.max(0, head - lowestPosition) : null;
        return new ProcessorStatus(processor.getName(), true, processor.isRunning(), error, replaying,
                segments.size(), lowestPosition, head, lag, replaying ? replayProgress(segments) : 100);
    }

    /** The least advanced replaying segment decides: the replay is done when the last segment is. */
    private static int replayProgress(Collection<EventTrackerStatus> segments) {
        int progress = 100;
        for (EventTrackerStatus segment : segments) {
            if (!segment.isReplaying()) {
                continue;
            }
            OptionalLong reset = segment.getResetPosition();
            OptionalLong current = segment.getCurrentPosition();
            int segmentProgress;
            if (reset.isEmpty() || reset.getAsLong() <= 0) {
                segmentProgress = current.isPresent() ? 100 : 0;
            } else {
                long done = current.isPresent() ? current.getAsLong() : 0;
                segmentProgress = (int) Math.min(100, Math.max(0, done * 100 / reset.getAsLong()));
            }
            progress = Math.min(progress, segmentProgress);
        }
        return progress;
    }

    private Long headPosition() {
        EventStore store = eventStore.getIfAvailable();
        if (store == null) {
            return null;
        }
        TrackingToken head = store.createHeadToken();
        if (head == null) {
            return 0L; // an empty store
        }
        OptionalLong position = head.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
