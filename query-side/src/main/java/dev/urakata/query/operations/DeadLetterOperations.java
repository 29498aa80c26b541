package dev.urakata.query.operations;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.operations.DeadLetterDetails;
import dev.urakata.shared.operations.DeadLetterEvictionResult;
import dev.urakata.shared.operations.DeadLetterGroupSummary;
import dev.urakata.shared.operations.DeadLetterRetryResult;
import dev.urakata.shared.operations.DeadLetterSequenceDetails;
import dev.urakata.shared.operations.DeadLetterSequencePage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Inspecting, retrying and evicting the dead letters of the processing groups of this instance.
 *
 * <p>Retrying goes through Axon's own {@link SequencedDeadLetterProcessor}, so a retried letter meets the same
 * handlers, interceptors and enqueue policy as a live event, and a sequence leaves the queue only when all its
 * letters were handled, in order.
 */
@Service
public class DeadLetterOperations {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOperations.class);

    private final EventProcessingConfiguration processing;

    DeadLetterOperations(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<DeadLetterGroupSummary> groups() {
        List<DeadLetterGroupSummary> groups = new ArrayList<>();
        for (String group : new TreeSet<>(processing.eventProcessors().keySet())) {
            processing.deadLetterQueue(group).ifPresent(queue ->
                    groups.add(new DeadLetterGroupSummary(group, queue.amountOfSequences(), queue.size())));
        }
        return groups;
    }

    public DeadLetterSequencePage sequences(String group, int page, int size) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<DeadLetterSequenceDetails> items = new ArrayList<>();
        long index = 0;
        long first = (long) page * size;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (index >= first && items.size() < size) {
                items.add(sequence(sequence));
            }
            index++;
        }
        return new DeadLetterSequencePage(group, items, page, size, index);
    }

    /** Processes sequence after sequence, oldest first, until the queue is empty or a sequence fails again. */
    public DeadLetterRetryResult retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> unknownGroup(group));
        // Bounded by what was parked when the retry started: sequences parked meanwhile wait for the next retry.
        long limit = queue.amountOfSequences();
        int processed = 0;
        while (processed < limit && processor.processAny()) {
            processed++;
        }
        long remaining = queue.amountOfSequences();
        log.info("Retried dead letters of {}: {} sequence(s) processed, {} remaining", group, processed, remaining);
        return new DeadLetterRetryResult(group, processed, remaining);
    }

    DeadLetterEvictionResult evict(String group, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequenceId).forEach(letters::add);
        if (letters.isEmpty()) {
            throw new DomainException(CommonErrors.NOT_FOUND,
                    "No dead-lettered sequence " + sequenceId + " in processing group " + group);
        }
        letters.forEach(queue::evict);
        log.warn("Evicted {} dead letter(s) of sequence {} from {} without handling them",
                letters.size(), sequenceId, group);
        return new DeadLetterEvictionResult(group, sequenceId, letters.size(), queue.amountOfSequences());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!processing.eventProcessors().containsKey(group)) {
            throw unknownGroup(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> unknownGroup(group));
    }

    private static DomainException unknownGroup(String group) {
        return new DomainException(CommonErrors.NOT_FOUND,
                "No processing group with a dead-letter queue named " + group);
    }

    private static DeadLetterSequenceDetails sequence(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        List<DeadLetterDetails> letters = new ArrayList<>();
        String sequenceId = null;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            if (sequenceId == null) {
                sequenceId = sequenceId(letter);
            }
            letters.add(details(letter));
        }
        return new DeadLetterSequenceDetails(sequenceId, letters);
    }

    /**
     * The queue's own identifier where it tells it; otherwise the aggregate, which is what the default sequencing
     * policy of the projections uses.
     */
    private static String sequenceId(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof MongoDeadLetter<?> mongoLetter) {
            return mongoLetter.sequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : letter.message().getIdentifier();
    }

    private static DeadLetterDetails details(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String aggregateId = null;
        Long sequenceNumber = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequenceNumber = domain.getSequenceNumber();
        }
        Optional<Cause> cause = letter.cause();
        Map<String, String> diagnostics = new LinkedHashMap<>();
        letter.diagnostics().forEach((key, value) -> diagnostics.put(key, String.valueOf(value)));
        return new DeadLetterDetails(message.getIdentifier(), message.getPayloadType().getSimpleName(), aggregateId,
                sequenceNumber, cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), diagnostics);
    }
}
