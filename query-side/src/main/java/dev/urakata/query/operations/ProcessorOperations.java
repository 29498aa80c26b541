package dev.urakata.query.operations;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.operations.OperationsErrors;
import dev.urakata.shared.operations.ProcessorStatus;
import dev.urakata.shared.operations.RebuildStatus;
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
import java.util.Map;
import java.util.OptionalLong;

/**
 * Status, blue-green rebuild and reset of the event processors of this instance.
 *
 * <p>Positions are what this instance sees: in distributed mode each query-side instance reports the segments it
 * has claimed, and a reset or the switch of a rebuild only succeeds when no other instance holds a segment of the
 * processor. Rebuilds ({@link BlueGreenRebuilds}) are recorded in MongoDB, so every instance reports them.
 */
@Service
public class ProcessorOperations {

    private static final Logger log = LoggerFactory.getLogger(ProcessorOperations.class);

    private final EventProcessingConfiguration processing;
    private final ObjectProvider<EventStore> eventStore;
    private final BlueGreenRebuilds rebuilds;
    private final SegmentOwners owners;
    private final List<BeforeReplay> beforeReplay;

    ProcessorOperations(EventProcessingConfiguration processing, ObjectProvider<EventStore> eventStore,
                        BlueGreenRebuilds rebuilds, SegmentOwners owners, List<BeforeReplay> beforeReplay) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.rebuilds = rebuilds;
        this.owners = owners;
        this.beforeReplay = List.copyOf(beforeReplay);
    }

    public List<ProcessorStatus> all() {
        Long head = headPosition();
        Map<String, RebuildStatus> rebuilt = rebuilds.statuses();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> status(processor, head, rebuilt.get(processor.getName())))
                .toList();
    }

    /** One processor; NOT_FOUND if there is none of that name. */
    ProcessorStatus one(String name) {
        return status(processor(name), headPosition(), rebuilds.status(name).orElse(null));
    }

    /**
     * Starts a blue-green rebuild (see {@link BlueGreenRebuilds}): queries keep reading the live version until the
     * new one has caught up and takes over.
     */
    public ProcessorStatus rebuild(String name, String user) {
        processor(name);
        beforeReplay.forEach(listener -> listener.beforeReplay(name, user));
        RebuildStatus started = rebuilds.start(name, user);
        return status(processor(name), headPosition(), started);
    }

    /**
     * Replays every event into the processor's handlers in place: shut down, reset the tokens (the projections'
     * {@code @ResetHandler}s empty their collections), clear its dead-letter queue, start again. The replay itself
     * runs in the background, and queries see a partial read model until it ends; a blue-green rebuild avoids that
     * where the projections allow it.
     */
    synchronized ProcessorStatus reset(String name, String user) {
        EventProcessor found = processor(name);
        if (!(found instanceof StreamingEventProcessor processor) || !processor.supportsReset()) {
            throw new DomainException(OperationsErrors.PROCESSOR_RESET_NOT_SUPPORTED,
                    "The event processor " + name + " does not support a reset");
        }
        if (rebuilds.inProgress(name)) {
            throw new DomainException(OperationsErrors.PROCESSOR_REBUILD_IN_PROGRESS,
                    "A rebuild of " + name + " is running; reset it once the rebuild has ended");
        }
        beforeReplay.forEach(listener -> listener.beforeReplay(name, user));
        log.warn("Resetting event processor {}: its projections are emptied and every event is replayed", name);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            // Typically another instance still claims a segment. Segments reset before the failure replay once
            // this instance claims them again; the others carry on where they were.
            log.warn("Could not reset event processor {}", name, e);
            processor.start();
            throw new DomainException(OperationsErrors.PROCESSOR_RESET_REFUSED, "The event processor " + name
                    + " could not be reset now; another instance may hold its segments");
        }
        // The replay hands every parked event to the handlers again; letters left in the queue would only park
        // the replayed events of their sequences behind stale copies (Axon's DeadLetteringEventHandlerInvoker
        // leaves the queue alone on reset unless told otherwise).
        processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
        processor.start();
        return status(processor, headPosition(), rebuilds.status(name).orElse(null));
    }

    private EventProcessor processor(String name) {
        EventProcessor found = processing.eventProcessors().get(name);
        if (found == null) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No event processor named " + name);
        }
        return found;
    }

    private ProcessorStatus status(EventProcessor processor, Long head, RebuildStatus rebuild) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), false, processor.isRunning(), processor.isError(),
                    false, 0, null, null, null, null, rebuild, owners.instance(), List.of());
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
                segments.size(), lowestPosition, head, lag, replaying ? replayProgress(segments) : 100, rebuild,
                owners.instance(), owners.of(processor.getName()));
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
