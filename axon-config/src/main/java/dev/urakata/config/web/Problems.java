package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.util.Locale;

/**
 * Builds and writes RFC 9457 problem documents with Urakata's stable {@code code} member, in one shape for the
 * MVC error advice and for the filters that answer before MVC is reached (authentication, size limit).
 */
public final class Problems {

    /** The extra member that carries the {@link ErrorCode}. */
    public static final String CODE = "code";

    private Problems() {
    }

    /** A problem for {@code code} with a human-readable {@code detail}. */
    public static ProblemDetail of(ErrorCode code, String detail) {
        HttpStatusCode status = HttpStatusCode.valueOf(statusOf(code));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titleOf(code));
        problem.setProperty(CODE, code.name());
        return problem;
    }

    /** Writes a problem straight to a servlet response, for code that runs outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ErrorCode code, String detail)
            throws IOException {
        write(response, mapper, of(code, detail));
    }

    /** Writes {@code problem} straight to a servlet response, with its status. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The HTTP status that answers {@code code}: the web layer's reading of its kind of refusal. Only here does a
     * refusal meet HTTP; the contexts that define codes say what kind of no each is and nothing more.
     */
    public static int statusOf(ErrorCode code) {
        return switch (code.refusal()) {
            case BAD_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONFLICT -> 409;
            case BODY_TOO_LARGE -> 413;
            case ADDRESS_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case RULE_VIOLATED -> 422;
            case HEADERS_TOO_LARGE -> 431;
            case FAILED -> 500;
            case UNAVAILABLE -> 503;
        };
    }

    /**
     * The code for a failure known only by its HTTP status (raised by Spring MVC, the container or the firewall):
     * the general code of that status.
     */
    public static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> CommonErrors.INVALID_INPUT;
            case 401 -> CommonErrors.UNAUTHENTICATED;
            case 403 -> CommonErrors.FORBIDDEN;
            case 404 -> CommonErrors.NOT_FOUND;
            case 405 -> CommonErrors.METHOD_NOT_ALLOWED;
            case 413 -> CommonErrors.PAYLOAD_TOO_LARGE;
            case 414 -> CommonErrors.URI_TOO_LONG;
            case 406, 415 -> CommonErrors.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> CommonErrors.HEADERS_TOO_LARGE;
            case 503 -> CommonErrors.SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? CommonErrors.INVALID_INPUT : CommonErrors.INTERNAL_ERROR;
        };
    }

    /**
     * A detail for a failure that has nothing more specific to say (the container's error page, Tomcat's refusals):
     * what the code means, in words, without echoing anything of the request.
     */
    static String genericDetail(ErrorCode code) {
        if (!(code instanceof CommonErrors common)) {
            return "The request could not be processed";
        }
        return switch (common) {
            case REQUEST_REJECTED -> "The request could not be read: its address or headers are malformed or "
                    + "contain what this server does not accept (an encoded slash, backslash or NUL, a double slash, "
                    + "control characters, for example)";
            case URI_TOO_LONG -> "The request line (address and query) is longer than this server accepts";
            case HEADERS_TOO_LARGE -> "The request's headers are larger than this server accepts";
            case NOT_FOUND -> "There is nothing at this address";
            case UNAUTHENTICATED -> "Authentication is required: HTTP Basic or a bearer token";
            case FORBIDDEN -> "Your roles do not allow this action";
            case METHOD_NOT_ALLOWED -> "This method is not supported at this address";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this server accepts";
            case SERVICE_UNAVAILABLE -> "The service is not available right now; try again shortly";
            case INTERNAL_ERROR -> "An unexpected error occurred; it has been logged for the operators";
            default -> "The request could not be processed";
        };
    }

    static String titleOf(ErrorCode code) {
        HttpStatus status = HttpStatus.resolve(statusOf(code));
        if (status == null) {
            return code.name();
        }
        String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
