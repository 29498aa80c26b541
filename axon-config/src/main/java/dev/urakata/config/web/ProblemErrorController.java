package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's {@code BasicErrorController}: whatever
 * failed outside Spring MVC's own error handling (a filter, a {@code sendError}, an exception the container caught)
 * is answered with a problem document too, never Boot's {@code {"timestamp", "status", "error"}} JSON.
 *
 * <p>Written straight to the response, without content negotiation: a client that accepts only HTML still gets
 * the problem document rather than a second failure.
 */
@Controller
@Hidden // not part of the API; springdoc hides only Boot's own error controller
public class ProblemErrorController implements ErrorController {

    private final ObjectMapper mapper;

    public ProblemErrorController(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ErrorCode code;
        int httpStatus;
        if (!(status instanceof Integer value) || value < 400) {
            // Asked for directly: the error page is not a resource of this API.
            code = CommonErrors.NOT_FOUND;
            httpStatus = Problems.statusOf(code);
        } else if (rejected((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // The firewall's refusal, should one ever get past the RequestRejectedHandler.
            code = CommonErrors.REQUEST_REJECTED;
            httpStatus = Problems.statusOf(code);
        } else {
            // The container's status stands (a 408 stays a 408), with the general code of its class.
            code = Problems.codeFor(value);
            httpStatus = value;
        }
        ProblemDetail problem = Problems.of(code, Problems.genericDetail(code));
        problem.setStatus(httpStatus);
        Problems.write(response, mapper, problem);
    }

    private static boolean rejected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestRejectedException) {
                return true;
            }
        }
        return false;
    }
}
