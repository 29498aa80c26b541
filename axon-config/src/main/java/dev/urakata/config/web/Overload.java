package dev.urakata.config.web;

import com.mongodb.MongoTimeoutException;
import dev.urakata.shared.error.CommonErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

/**
 * Recognizes a request that failed because the service is saturated (no database connection or MongoDB connection
 * free within the pools' bounded waits) and answers it with 503 and {@code Retry-After}: the caller may simply try
 * again, and nothing was recorded (the unit of work rolled back before anything was appended).
 */
final class Overload {

    /** Seconds a refused caller is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 1;

    private Overload() {
    }

    static boolean isOverload(Throwable failure) {
        return cause(failure) != null;
    }

    static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    static ResponseEntity<Object> refusal() {
        ProblemDetail problem = Problems.of(CommonErrors.SERVICE_UNAVAILABLE,
                "The service is busy and could not take this request now; nothing was recorded. Try again in "
                        + RETRY_AFTER_SECONDS + " s");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException || t instanceof MongoTimeoutException) {
                return t;
            }
        }
        return null;
    }
}
