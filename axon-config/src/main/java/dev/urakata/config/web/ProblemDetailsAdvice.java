package dev.urakata.config.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers every failure of an HTTP request with an RFC 9457 problem document carrying a stable {@code code}.
 *
 * <p>Bad input is a 4xx with a message the caller can act on; anything unexpected is a 500 whose detail names
 * no class, no stack frame and no SQL: those go to the log only.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return respond(Problems.of(e.code(), e.getMessage()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        Object details = e.getDetails().orElse(null);
        if (details instanceof ErrorDetails errorDetails) {
            return respond(Problems.of(errorDetails.code(), errorDetails.detail()));
        }
        if (details instanceof Map<?, ?> map && map.get("code") != null) {
            // Details that crossed a process boundary without type information.
            return respond(Problems.of(ErrorCode.valueOf(map.get("code").toString()),
                    String.valueOf(map.get("detail"))));
        }
        Throwable cause = e.getCause();
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return conflict();
        }
        if (cause instanceof IncompatibleAggregateException incompatible) {
            return incompatible(incompatible);
        }
        return unexpected(e);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrent(Exception e) {
        return conflict();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return respond(Problems.of(ErrorCode.NOT_FOUND, "Nothing is recorded under id " + e.getAggregateIdentifier()));
    }

    /** An id that names a record of another kind than the one addressed: nothing of that kind is under it. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<Object> incompatible(IncompatibleAggregateException e) {
        log.info("A request addressed an id of another kind: {}", e.getMessage());
        return respond(Problems.of(ErrorCode.NOT_FOUND, "Nothing of the kind addressed is recorded under this id"));
    }

    @ExceptionHandler({NoHandlerForCommandException.class, NoHandlerForQueryException.class,
            RemoteHandlingException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("No handler reachable: {}", e.toString());
        return respond(Problems.of(ErrorCode.SERVICE_UNAVAILABLE,
                "The service that handles this request is not reachable right now; try again shortly"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return respond(Problems.of(ErrorCode.FORBIDDEN, "Your roles do not allow this action"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(ErrorCode.UNAUTHENTICATED, "Authentication is required"));
    }

    @ExceptionHandler(RequestSizeLimitFilter.PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestSizeLimitFilter.PayloadTooLargeException e) {
        return respond(Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (Overload.isOverload(e)) {
            log.warn("Refused a request under overload: {}", Overload.reason(e));
            return Overload.refusal();
        }
        log.error("Unexpected failure while handling a request", e);
        return respond(Problems.of(ErrorCode.INTERNAL_ERROR,
                "An unexpected error occurred; it has been logged for the operators"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        String detail = errors.stream().map(m -> m.get("field") + " " + m.get("message"))
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(ErrorCode.INVALID_INPUT, detail.isEmpty() ? "Invalid request" : detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " "
                                + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return respond(Problems.of(ErrorCode.INVALID_INPUT, detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return respond(Problems.of(ErrorCode.MALFORMED_REQUEST, unreadableDetail(e.getCause())));
    }

    /** Every other Spring MVC exception: keep Spring's status and detail, add the code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE)) {
            problem.setProperty(Problems.CODE, codeFor(status).name());
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out).body(problem);
    }

    private static ErrorCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ErrorCode.INVALID_INPUT;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 406, 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? ErrorCode.INVALID_INPUT : ErrorCode.INTERNAL_ERROR;
        };
    }

    private static String unreadableDetail(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof ValueInstantiationException invalid) {
            Throwable root = invalid.getCause() != null ? invalid.getCause() : invalid;
            return "Invalid value at '" + path(invalid) + "': " + root.getMessage();
        }
        if (cause instanceof InvalidFormatException format) {
            return "Invalid value at '" + path(format) + "': expected " + format.getTargetType().getSimpleName();
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "Wrong type at '" + path(mismatch) + "'";
        }
        return "The request body is not valid JSON of the expected shape";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private ResponseEntity<Object> conflict() {
        return respond(Problems.of(ErrorCode.CONCURRENT_MODIFICATION,
                "Another change to the same record was recorded at the same time; re-read and retry"));
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
