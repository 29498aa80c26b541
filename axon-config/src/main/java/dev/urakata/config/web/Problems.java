package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        HttpStatusCode status = HttpStatusCode.valueOf(code.httpStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titleOf(code));
        problem.setProperty(CODE, code.name());
        return problem;
    }

    /** Writes a problem straight to a servlet response, for code that runs outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ErrorCode code, String detail)
            throws IOException {
        ProblemDetail problem = of(code, detail);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    private static String titleOf(ErrorCode code) {
        HttpStatus status = HttpStatus.resolve(code.httpStatus());
        if (status == null) {
            return code.name();
        }
        String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
