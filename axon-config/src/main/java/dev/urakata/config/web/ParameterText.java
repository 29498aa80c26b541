package dev.urakata.config.web;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Map;

/**
 * Query parameters of the API held to the rules of {@link RequestText}, like the text of a JSON body: a NUL in a
 * name filter used to travel into a MongoDB regular expression and fail there as a 500. Runs after the role check
 * (see {@code AuthorizeBeforeBinding}), so a caller who may not read an endpoint learns nothing from it.
 */
public class ParameterText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            refuse(RequestText.refusal(name), "A parameter's name");
            for (String value : parameter.getValue()) {
                refuse(RequestText.refusal(value), "Parameter '" + name + "'");
            }
        }
        return true;
    }

    private static void refuse(String refusal, String what) {
        if (refusal != null) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    what + " contains " + refusal + ", which is not accepted");
        }
    }
}
