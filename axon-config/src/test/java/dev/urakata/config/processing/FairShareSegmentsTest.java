package dev.urakata.config.processing;

import com.mongodb.client.MongoCollection;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.config.testing.MovableClock;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.Nonnull;

import static org.assertj.core.api.Assertions.assertThat;

/** Each processor's segments split between the live instances that run it, on joins, clean leaves and crashes. */
class FairShareSegmentsTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Map<String, Integer> SEGMENTS = Map.of("directory", 4, "ordered", 1);

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> heartbeats = mongo.template().getCollection(FairShareSegments.COLLECTION);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aJoiningInstanceGetsItsShareAndTheSharesAlwaysAddUp() {
        FairShareSegments a = instance("query-a", "directory", "ordered");
        a.round();
        assertThat(a.getMaxSegments("directory")).as("alone: everything").isEqualTo(4);
        assertThat(a.getMaxSegments("ordered")).isEqualTo(1);

        FairShareSegments b = instance("query-b", "directory", "ordered");
        FairShareSegments commandSide = instance("command-c", "directory");
        roundAll(a, b, commandSide);

        assertThat(List.of(a.getMaxSegments("directory"), b.getMaxSegments("directory"),
                commandSide.getMaxSegments("directory")))
                .as("sorted by name, the first takes the remainder").containsExactly(1, 1, 2);
        assertThat(a.getMaxSegments("ordered") + b.getMaxSegments("ordered"))
                .as("only the instances that run a processor share it; one segment, one holder").isEqualTo(1);
    }

    @Test
    void aCleanLeaveHandsTheShareOverAtOnceAndACrashAfterThreeMissedHeartbeats() {
        FairShareSegments a = instance("query-a", "directory");
        FairShareSegments b = instance("query-b", "directory");
        FairShareSegments c = instance("query-c", "directory");
        roundAll(a, b, c);
        assertThat(a.getMaxSegments("directory") + b.getMaxSegments("directory") + c.getMaxSegments("directory"))
                .isEqualTo(4);

        c.close();
        roundAll(a, b);
        assertThat(List.of(a.getMaxSegments("directory"), b.getMaxSegments("directory"))).containsExactly(2, 2);

        // b crashes: it stops beating, and drops out once its last heartbeat is three beats old
        clock.advance(HEARTBEAT.multipliedBy(2));
        a.round();
        assertThat(a.getMaxSegments("directory")).isEqualTo(2);
        clock.advance(HEARTBEAT.multipliedBy(2));
        a.round();
        assertThat(a.getMaxSegments("directory")).isEqualTo(4);
    }

    @Test
    void untilTheFirstRoundAnInstanceMayClaimAnything() {
        assertThat(instance("query-a", "directory").getMaxSegments("directory")).isEqualTo(Short.MAX_VALUE);
    }

    private void roundAll(FairShareSegments... instances) {
        for (FairShareSegments instance : instances) {
            instance.round();
        }
        for (FairShareSegments instance : instances) {
            instance.round();
        }
    }

    private FairShareSegments instance(String name, String... processors) {
        return new FairShareSegments(name, heartbeats, new CountingTokens(), () -> List.of(processors), HEARTBEAT,
                clock);
    }

    /** A token store that knows only how many segments each processor has. */
    private static final class CountingTokens implements TokenStore {
        @Override
        public int[] fetchSegments(@Nonnull String processorName) {
            return new int[SEGMENTS.getOrDefault(processorName, 0)];
        }

        @Override
        public void storeToken(TrackingToken token, @Nonnull String processorName, int segment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrackingToken fetchToken(@Nonnull String processorName, int segment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void releaseClaim(@Nonnull String processorName, int segment) {
            throw new UnsupportedOperationException();
        }
    }
}
