package dev.urakata.config.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While nothing is parked the store is not asked per event; once something is, every question goes to the store, and
 * after letters leave it is asked again: a parked sequence is never overlooked.
 */
class KnownEmptyDeadLetterQueueTest {

    private final AtomicInteger storeQuestions = new AtomicInteger();
    private final InMemorySequencedDeadLetterQueue<EventMessage<?>> store =
            new InMemorySequencedDeadLetterQueue<>(InMemorySequencedDeadLetterQueue.<EventMessage<?>>builder()) {
                @Override
                public boolean contains(Object sequenceIdentifier) {
                    storeQuestions.incrementAndGet();
                    return super.contains(sequenceIdentifier);
                }
            };
    private final KnownEmptyDeadLetterQueue<EventMessage<?>> queue = new KnownEmptyDeadLetterQueue<>(store);

    @Test
    void anEmptyQueueIsNotAskedPerEventAndAParkedSequenceIsAlwaysFound() {
        for (int i = 0; i < 100; i++) {
            assertThat(queue.contains("employee-" + i)).isFalse();
        }
        assertThat(storeQuestions).hasValue(0);

        queue.enqueue("employee-7", letter("poison"));
        assertThat(queue.contains("employee-7")).isTrue();
        assertThat(queue.enqueueIfPresent("employee-7", () -> letter("next of the same employee"))).isTrue();
        assertThat(queue.sequenceSize("employee-7")).isEqualTo(2);
        assertThat(queue.contains("employee-8")).isFalse();
        assertThat(storeQuestions.get()).isPositive();

        // Retried successfully: the sequence leaves the queue, and the queue knows it is empty again.
        queue.process(letter -> Decisions.evict());
        assertThat(queue.contains("employee-7")).isFalse();
        int asked = storeQuestions.get();
        queue.contains("employee-9");
        assertThat(storeQuestions).hasValue(asked);
    }

    @Test
    void lettersParkedBeforeAStartAreFound() {
        store.enqueue("employee-1", letter("parked by an earlier run"));
        KnownEmptyDeadLetterQueue<EventMessage<?>> restarted = new KnownEmptyDeadLetterQueue<>(store);
        assertThat(restarted.contains("employee-1")).isTrue();
        restarted.clear();
        assertThat(restarted.contains("employee-1")).isFalse();
    }

    private static GenericDeadLetter<EventMessage<?>> letter(String payload) {
        return new GenericDeadLetter<>("employee", GenericEventMessage.asEventMessage(payload));
    }
}
