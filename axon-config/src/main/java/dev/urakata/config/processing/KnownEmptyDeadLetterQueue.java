package dev.urakata.config.processing;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A processing group's dead-letter queue that knows when it is empty, so that a processor does not ask the store
 * "is this event's sequence parked?" for every event it handles (a query per event and processor, the largest single
 * cost of a processor's batch in a profile of the command load) while nothing is parked at all.
 *
 * <p>Only where this process is the queue's only writer (the embedded default: one process owns every segment).
 * With several instances another one may park letters for a sequence whose segment later moves here, so there every
 * question goes to the store. Whether letters may be there is known after any enqueue (yes), and asked of the store
 * again after anything that may have removed some (evict, process, clear) and at first use.
 */
final class KnownEmptyDeadLetterQueue<M extends Message<?>> implements SequencedDeadLetterQueue<M> {

    private final SequencedDeadLetterQueue<M> delegate;
    /** Whether letters may be parked; {@code null} until the store has been asked again. */
    private Boolean mayHoldLetters;

    KnownEmptyDeadLetterQueue(SequencedDeadLetterQueue<M> delegate) {
        this.delegate = delegate;
    }

    private synchronized boolean mayHoldLetters() {
        if (mayHoldLetters == null) {
            mayHoldLetters = delegate.amountOfSequences() > 0;
        }
        return mayHoldLetters;
    }

    private synchronized void mayHoldLetters(Boolean value) {
        mayHoldLetters = value;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends M> letter)
            throws DeadLetterQueueOverflowException {
        mayHoldLetters(true); // before the letter is there: a question meanwhile goes to the store
        delegate.enqueue(sequenceIdentifier, letter);
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier, Supplier<DeadLetter<? extends M>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        return mayHoldLetters() && delegate.enqueueIfPresent(sequenceIdentifier, letterBuilder);
    }

    @Override
    public void evict(DeadLetter<? extends M> letter) {
        delegate.evict(letter);
        mayHoldLetters(null);
    }

    @Override
    public void requeue(DeadLetter<? extends M> letter,
                        UnaryOperator<DeadLetter<? extends M>> letterUpdater) throws NoSuchDeadLetterException {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return mayHoldLetters() && delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends M>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends M>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends M>> sequenceFilter,
                           Function<DeadLetter<? extends M>, EnqueueDecision<M>> processingTask) {
        try {
            return delegate.process(sequenceFilter, processingTask);
        } finally {
            mayHoldLetters(null);
        }
    }

    @Override
    public void clear() {
        try {
            delegate.clear();
        } finally {
            mayHoldLetters(null);
        }
    }
}
