package dev.urakata.config.processing;

import com.mongodb.MongoServerException;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.dao.DuplicateKeyException;

import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The token store, safe against instances that start together on an empty database.
 *
 * <p>Several of the store's operations create a document when it is missing (the store's identity, a processor's
 * segments, a token on first claim). Two instances doing that at the same moment both find nothing and both insert;
 * the unique index refuses the second with {@code E11000}, and when that happened while a processor initialized its
 * tokens at start, the instance failed to start. Such a refusal means another instance just did the same work, so
 * here the operation is asked once more, and then finds the document. Initializing segments that another instance
 * has just initialized counts as done.
 */
public final class ConcurrentStartTokenStore implements TokenStore {

    private static final int DUPLICATE_KEY = 11000;

    private final TokenStore delegate;

    ConcurrentStartTokenStore(TokenStore delegate) {
        this.delegate = delegate;
    }

    /** The wrapped store. */
    public TokenStore delegate() {
        return delegate;
    }

    @Override
    public void initializeTokenSegments(@Nonnull String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(@Nonnull String processorName, int segmentCount,
                                        @Nullable TrackingToken initialToken) {
        try {
            delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
        } catch (RuntimeException e) {
            if (!(concurrentInsert(e) || e instanceof UnableToClaimTokenException)
                    || delegate.fetchSegments(processorName).length == 0) {
                throw e;
            }
            // another instance initialized this processor's segments at the same moment
        }
    }

    @Override
    public void storeToken(@Nullable TrackingToken token, @Nonnull String processorName, int segment) {
        onceMore(() -> {
            delegate.storeToken(token, processorName, segment);
            return null;
        });
    }

    @Override
    public TrackingToken fetchToken(@Nonnull String processorName, int segment) {
        return onceMore(() -> delegate.fetchToken(processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(@Nonnull String processorName, @Nonnull Segment segment) {
        return onceMore(() -> delegate.fetchToken(processorName, segment));
    }

    @Override
    public void extendClaim(@Nonnull String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(@Nonnull String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(@Nullable TrackingToken token, @Nonnull String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(@Nonnull String processorName, int segment) {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(@Nonnull String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(@Nonnull String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return onceMore(delegate::retrieveStorageIdentifier);
    }

    private static <T> T onceMore(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            if (!concurrentInsert(e)) {
                throw e;
            }
            return operation.get();
        }
    }

    /** Whether {@code e}, or one of its causes, is the unique index refusing a second insert of the same key. */
    static boolean concurrentInsert(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException
                    || cause instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
