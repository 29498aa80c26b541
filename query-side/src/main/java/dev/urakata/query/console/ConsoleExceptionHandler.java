package dev.urakata.query.console;

import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.config.web.Problems;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures of console pages as pages, not as the API's problem documents: the same stable code and detail, in
 * words, with the status the API would answer. Comes before the API's advice, and only for the console.
 */
@ControllerAdvice(basePackageClasses = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ConsoleExceptionHandler.class);

    /** A refused page (403, 409, 422) is recorded in the security and refusal log, as the API's are. */
    private final ObjectProvider<RefusalRecorder> refusals;

    ConsoleExceptionHandler(ObjectProvider<RefusalRecorder> refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        refusals.ifAvailable(recorder -> recorder.answered(request, Problems.statusOf(e.code()), e.code().name()));
        return problem(response, model, e.code(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        refusals.ifAvailable(recorder -> recorder.answered(request, 403, CommonErrors.FORBIDDEN.name()));
        return problem(response, model, CommonErrors.FORBIDDEN, "Your roles do not allow this page");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Unexpected failure while rendering a console page", e);
        return problem(response, model, CommonErrors.INTERNAL_ERROR,
                "An unexpected error occurred; it has been logged for the operators");
    }

    private static String problem(HttpServletResponse response, Model model, ErrorCode code, String detail) {
        response.setStatus(Problems.statusOf(code));
        model.addAttribute("code", code.name());
        model.addAttribute("detail", detail);
        model.addAttribute("status", Problems.statusOf(code));
        return "console/problem";
    }
}
