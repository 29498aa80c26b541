package dev.urakata.query.web;

import dev.urakata.config.UrakataProperties;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every query endpoint does with the query gateway: send the query, wait a bounded time for the answer, turn
 * "nothing found" into a 404, and let a handler's own exception reach the error advice instead of a wrapper; and
 * the check of paging parameters ({@link Paging}).
 */
@Component
public class ReadQueries {

    private static final long TIMEOUT_SECONDS = 15;
    /**
     * The furthest a page may start. MongoDB drivers take the number of documents to skip as an int (Spring Data
     * casts it down), so a larger offset wrapped around and answered some other page, usually the first.
     */
    static final long MAX_OFFSET = 1_000_000_000L;

    private final QueryGateway gateway;
    private final int maxPageSize;

    public ReadQueries(QueryGateway gateway, UrakataProperties properties) {
        this.gateway = gateway;
        this.maxPageSize = properties.http().maxPageSize();
    }

    /** The answer to a query. */
    public <R> R answer(Object query, Class<R> type) {
        return await(gateway.query(query, type));
    }

    /** The answer to a query for one thing, empty when its handler found nothing. */
    public <R> Optional<R> optional(Object query, Class<R> type) {
        return await(gateway.query(query, ResponseTypes.optionalInstanceOf(type)));
    }

    /** The answer to a query for one thing; 404 NOT_FOUND with the detail given when its handler found nothing. */
    public <R> R found(Object query, Class<R> type, String notFoundDetail) {
        return await(gateway.query(query, ResponseTypes.optionalInstanceOf(type)))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, notFoundDetail));
    }

    /** Refuses a negative page, a size outside 1..max-page-size, or a page that starts past {@link #MAX_OFFSET}. */
    public void checkPaging(int page, int size) {
        if (page < 0) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "page must be 0 or more");
        }
        if (size < 1 || size > maxPageSize) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "size must be between 1 and " + maxPageSize);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "page × size must be at most " + MAX_OFFSET + " (no list holds that many entries)");
        }
    }

    /** Waits for an answer the gateway promised. */
    public <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(CommonErrors.SERVICE_UNAVAILABLE, "Interrupted while waiting for the answer");
        } catch (TimeoutException e) {
            throw new DomainException(CommonErrors.SERVICE_UNAVAILABLE, "The query was not answered in time");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
