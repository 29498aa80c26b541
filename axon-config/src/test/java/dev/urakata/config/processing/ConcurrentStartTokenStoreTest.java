package dev.urakata.config.processing;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import javax.annotation.Nonnull;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Instances starting together: a duplicate-key refusal means someone else did the work, and is not a failure. */
class ConcurrentStartTokenStoreTest {

    private static MongoWriteException duplicateKey() {
        return new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: "
                + "urakata.axon_tracking_tokens", new BsonDocument()), new ServerAddress());
    }

    @Test
    void aTokenFirstClaimedByTwoInstancesAtOnceIsAskedForAgain() {
        RacingTokens racing = new RacingTokens();
        TrackingToken token = new ConcurrentStartTokenStore(racing).fetchToken("directory", 0);

        assertThat(token).isEqualTo(new GlobalSequenceTrackingToken(7));
        assertThat(racing.fetches).hasValue(2);
    }

    @Test
    void segmentsThatAnotherInstanceJustInitializedCountAsInitialized() {
        RacingTokens racing = new RacingTokens();
        racing.segments = new int[]{0, 1, 2, 3};

        new ConcurrentStartTokenStore(racing).initializeTokenSegments("directory", 4, null);

        assertThat(racing.initializations).hasValue(1);
    }

    @Test
    void otherFailuresAndAFailedInitializationWithNoSegmentsStillFail() {
        RacingTokens racing = new RacingTokens();
        assertThatThrownBy(() -> new ConcurrentStartTokenStore(racing).initializeTokenSegments("directory", 4, null))
                .isInstanceOf(MongoWriteException.class);
        assertThatThrownBy(() -> new ConcurrentStartTokenStore(racing).releaseClaim("directory", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    /** Refuses the first insert as the unique index does when another instance inserted the same key first. */
    private static final class RacingTokens implements TokenStore {
        final AtomicInteger fetches = new AtomicInteger();
        final AtomicInteger initializations = new AtomicInteger();
        int[] segments = new int[0];

        @Override
        public TrackingToken fetchToken(@Nonnull String processorName, int segment) {
            if (fetches.incrementAndGet() == 1) {
                throw duplicateKey();
            }
            return new GlobalSequenceTrackingToken(7);
        }

        @Override
        public void initializeTokenSegments(@Nonnull String processorName, int segmentCount,
                                            TrackingToken initialToken) {
            initializations.incrementAndGet();
            throw duplicateKey();
        }

        @Override
        public int[] fetchSegments(@Nonnull String processorName) {
            return segments;
        }

        @Override
        public void storeToken(TrackingToken token, @Nonnull String processorName, int segment) {
        }

        @Override
        public void releaseClaim(@Nonnull String processorName, int segment) {
            throw new UnableToClaimTokenException("not ours");
        }
    }
}
