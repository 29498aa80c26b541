package dev.urakata.command.support;

import dev.urakata.command.uniqueness.AggregateKinds;

import java.util.Map;
import java.util.Optional;

/** {@link AggregateKinds} over a fixed map of ids to aggregate types, as aggregate tests need it. */
public final class TestAggregateKinds {

    private TestAggregateKinds() {
    }

    /** An event store that holds nothing and no claimed shift ids. */
    public static AggregateKinds empty() {
        return recorded(Map.of());
    }

    /** An event store holding aggregates of these types ({@code id → type}), and no claimed shift ids. */
    public static AggregateKinds recorded(Map<String, String> types) {
        return new AggregateKinds(id -> Optional.ofNullable(types.get(id)), id -> false);
    }
}
