package dev.urakata.config.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.shared.error.CommonErrors;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers every failure of an HTTP request with an RFC 9457 problem document carrying a stable {@code code}.
 *
 * <p>Bad input is a 4xx with a message the caller can act on; anything unexpected is a 500 whose detail names
 * no class, no stack frame and no SQL: those go to the log only. A refusal (403, 409, 422) is also recorded in the
 * security and refusal log ({@link RefusalRecorder}).
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** Jackson's message when {@code STRICT_DUPLICATE_DETECTION} finds a key given twice. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private final ObjectProvider<RefusalRecorder> refusals;

    public ProblemDetailsAdvice(ObjectProvider<RefusalRecorder> refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return respond(Problems.of(e.code(), e.getMessage()));
    }

    @ExceptionHandler(StrictQueryParameters.UnknownQueryParameterException.class)
    ResponseEntity<Object> unknownQueryParameter(StrictQueryParameters.UnknownQueryParameterException e) {
        return respond(withField(Problems.of(CommonErrors.INVALID_INPUT, e.getMessage()), e.parameter(),
                "not a parameter of this operation"));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        Object details = e.getDetails().orElse(null);
        if (details instanceof ErrorDetails errorDetails) {
            return respond(Problems.of(errorDetails, errorDetails.detail()));
        }
        if (details instanceof Map<?, ?> map && map.get("code") != null) {
            // Details that crossed a process boundary without type information.
            ErrorDetails errorDetails = ErrorDetails.of(map);
            return respond(Problems.of(errorDetails, errorDetails.detail()));
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
        return respond(Problems.of(CommonErrors.NOT_FOUND,
                "Nothing is recorded under id " + e.getAggregateIdentifier()));
    }

    /** An id that names a record of another kind than the one addressed: nothing of that kind is under it. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<Object> incompatible(IncompatibleAggregateException e) {
        log.info("A request addressed an id of another kind: {}", e.getMessage());
        return respond(Problems.of(CommonErrors.NOT_FOUND, "Nothing of the kind addressed is recorded under this id"));
    }

    @ExceptionHandler({NoHandlerForCommandException.class, NoHandlerForQueryException.class,
            RemoteHandlingException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("No handler reachable: {}", e.toString());
        return respond(Problems.of(CommonErrors.SERVICE_UNAVAILABLE,
                "The service that handles this request is not reachable right now; try again shortly"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return respond(Problems.of(CommonErrors.FORBIDDEN, "Your roles do not allow this action"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(CommonErrors.UNAUTHENTICATED, "Authentication is required"));
    }

    @ExceptionHandler(RequestSizeLimitFilter.PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestSizeLimitFilter.PayloadTooLargeException e) {
        return respond(Problems.of(CommonErrors.PAYLOAD_TOO_LARGE, e.getMessage()));
    }

    /**
     * Spring Security's firewall checks header values only when they are read, which may be in a controller (an
     * {@code Idempotency-Key} with raw UTF-8 bytes, read by Tomcat as ISO-8859-1 C1 controls): the same 400 as when
     * the firewall refuses a request at the door. The firewall's message quotes the header; the answer does not.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        log.debug("Request refused by the firewall: {}", e.getMessage());
        return respond(Problems.of(CommonErrors.REQUEST_REJECTED,
                Problems.genericDetail(CommonErrors.REQUEST_REJECTED)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (Overload.isOverload(e)) {
            log.warn("Refused a request under overload: {}", Overload.reason(e));
            return Overload.refusal();
        }
        log.error("Unexpected failure while handling a request", e);
        return respond(Problems.of(CommonErrors.INTERNAL_ERROR,
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
        ProblemDetail problem = Problems.of(CommonErrors.INVALID_INPUT, detail.isEmpty() ? "Invalid request" : detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    /** A required query parameter left out: INVALID_INPUT naming it, as an unknown one is named. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(CommonErrors.INVALID_INPUT, "The query parameter '"
                + e.getParameterName() + "' is required (" + e.getParameterType() + ")");
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", "is required")));
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
        return respond(Problems.of(CommonErrors.INVALID_INPUT, detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof RequestText.UnacceptableTextException text) {
            String field = path(text);
            return respond(withField(Problems.of(CommonErrors.INVALID_INPUT,
                    "Invalid text at '" + field + "': " + text.reason() + " is not accepted"),
                    field, "contains " + text.reason()));
        }
        if (cause instanceof RequestDates.OutOfRangeException range) {
            String field = path(range);
            return respond(withField(Problems.of(CommonErrors.INVALID_INPUT,
                    "Invalid value at '" + field + "': " + range.reason()), field, range.reason()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = shown(path(unknown));
            return respond(withField(Problems.of(CommonErrors.MALFORMED_REQUEST, "Unknown field '" + field + "'"),
                    field, "is not a field of this request"));
        }
        String duplicate = duplicateField(cause);
        if (duplicate != null) {
            duplicate = shown(duplicate);
            return respond(withField(Problems.of(CommonErrors.MALFORMED_REQUEST,
                    "Duplicate field '" + duplicate + "': each field may be given once"),
                    duplicate, "is given more than once"));
        }
        return respond(Problems.of(CommonErrors.MALFORMED_REQUEST, unreadableDetail(cause)));
    }

    /** Every other Spring MVC exception: keep Spring's status and detail, add the code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE)) {
            problem.setProperty(Problems.CODE, Problems.codeFor(status.value()).name());
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out).body(problem);
    }

    private static String unreadableDetail(Throwable cause) {
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

    /** The field a mapping failure is about, as {@code lines[2].description}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The path of a key given twice, found by the parser's strict duplicate detection, or {@code null} when
     * {@code cause} is something else. The parser stops inside the object that holds the key twice, so the path
     * is that object's place plus the key.
     */
    private static String duplicateField(Throwable cause) {
        // Jackson wraps the parser's exception (with part of the path) when it happens inside a nested value.
        JsonParseException parse = null;
        for (Throwable t = cause; t != null && parse == null; t = t.getCause()) {
            parse = t instanceof JsonParseException p ? p : null;
        }
        if (parse == null || parse.getOriginalMessage() == null) {
            return null;
        }
        Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
        if (!duplicate.matches()) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        parts.push(duplicate.group(1));
        JsonParser parser = parse.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            for (JsonStreamContext context = parser.getParsingContext().getParent();
                 context != null && !context.inRoot(); context = context.getParent()) {
                parts.push(context.inArray() ? "[" + context.getCurrentIndex() + "]"
                        : String.valueOf(context.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.toString();
    }

    /** A field name as the caller wrote it, cut short: an unknown or repeated key may be any text of any length. */
    private static String shown(String field) {
        return field.length() <= 100 ? field : field.substring(0, 100) + "…";
    }

    /** Adds the {@code errors} member the validation problems have, so that a client finds the field one way. */
    private static ProblemDetail withField(ProblemDetail problem, String field, String message) {
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private ResponseEntity<Object> conflict() {
        return respond(Problems.of(CommonErrors.CONCURRENT_MODIFICATION,
                "Another change to the same record was recorded at the same time; re-read and retry"));
    }

    private ResponseEntity<Object> respond(ProblemDetail problem) {
        RefusalRecorder recorder = refusals.getIfAvailable();
        if (recorder != null && problem.getProperties() != null) {
            recorder.answered(problem.getStatus(), String.valueOf(problem.getProperties().get(Problems.CODE)));
        }
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
