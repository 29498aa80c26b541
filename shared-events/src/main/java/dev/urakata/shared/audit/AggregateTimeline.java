package dev.urakata.shared.audit;

import java.util.List;
import java.util.Map;

/**
 * An aggregate's history step by step, as rebuilt from the event store, up to an optional point in time.
 *
 * @param aggregateType the aggregate type, for example {@code Employee}
 * @param aggregateId   the aggregate's id
 * @param steps         its events in order, each with the state after it
 * @param state         the state after the last step shown (the state "as of" the point asked for)
 */
public record AggregateTimeline(String aggregateType, String aggregateId, List<TimelineStep> steps,
                                Map<String, Object> state) {
    public AggregateTimeline {
        steps = List.copyOf(steps);
    }
}
