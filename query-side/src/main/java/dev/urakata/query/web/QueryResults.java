package dev.urakata.query.web;

import dev.urakata.config.UrakataProperties;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every query endpoint does around the query gateway: check paging parameters, wait a bounded time for
 * the answer, and let a handler's own exception reach the error advice instead of a wrapper.
 */
@Component
public class QueryResults {

    private static final long TIMEOUT_SECONDS = 15;
    /**
     * The furthest a page may start. MongoDB drivers take the number of documents to skip as an int (Spring Data
     * casts it down), so a larger offset wrapped around and answered some other page, usually the first.
     */
    static final long MAX_OFFSET = 1_000_000_000L;

    private final int maxPageSize;

    public QueryResults(UrakataProperties properties) {
        this.maxPageSize = properties.http().maxPageSize();
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

    /** Waits for a query's answer. */
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
