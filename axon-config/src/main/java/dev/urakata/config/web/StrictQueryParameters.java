package dev.urakata.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the operation does not take, with a 400 naming it. Spring ignores unknown parameters,
 * so a misspelt filter ({@code eventType=} where the audit trail's filter is {@code type}, {@code employeeId=} where
 * it is {@code aggregateId}) used to answer the whole unfiltered list, which a person reads as the filtered one.
 *
 * <p>What an operation takes is read from its handler: its {@code @RequestParam}s, the plain values Spring binds
 * from the query without an annotation, and what a {@link Names} contributes for an argument type it resolves
 * itself (paging's {@code page} and {@code size}). A handler with a {@code @RequestParam Map} takes anything. Only
 * the API ({@code /api/…}) is checked; the console's forms keep to their own rules.
 */
public final class StrictQueryParameters implements HandlerInterceptor {

    /** The query parameters an argument resolved outside Spring's own resolvers reads. */
    public interface Names {
        Set<String> of(MethodParameter parameter);
    }

    /** A query parameter the operation does not take; answered as a 400 problem naming it. */
    public static final class UnknownQueryParameterException extends RuntimeException {
        private final String parameter;

        UnknownQueryParameterException(String parameter, Set<String> taken) {
            super("Unknown query parameter '" + parameter + "': this operation takes "
                    + (taken.isEmpty() ? "none" : String.join(", ", taken)));
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final List<Names> contributors;
    /** Per handler method, the names it takes; empty when it takes any. */
    private final Map<Method, Optional<Set<String>>> taken = new ConcurrentHashMap<>();

    public StrictQueryParameters(List<Names> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)
                || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        Optional<Set<String>> names = taken.computeIfAbsent(method.getMethod(), m -> namesOf(method));
        if (names.isEmpty()) {
            return true;
        }
        for (String pair : query.split("&")) {
            String name = decoded(pair.split("=", 2)[0]);
            if (!name.isEmpty() && !names.get().contains(name)) {
                throw new UnknownQueryParameterException(name.length() <= 100 ? name : name.substring(0, 100) + "…",
                        names.get());
            }
        }
        return true;
    }

    private Optional<Set<String>> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Optional.empty();
            }
            boolean boundElsewhere = parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class);
            if (requestParam != null) {
                names.add(!requestParam.name().isEmpty() ? requestParam.name() : parameterName(parameter));
            } else if (boundElsewhere) {
                continue;
            } else if (BeanUtils.isSimpleValueType(parameter.getParameterType())) {
                names.add(parameterName(parameter)); // Spring binds a plain value from the query by its name
            } else {
                contributors.forEach(contributor -> names.addAll(contributor.of(parameter)));
            }
        }
        return Optional.of(names);
    }

    private static String parameterName(MethodParameter parameter) {
        // Spring discovers names when it binds arguments, which is after this interceptor has run
        parameter.initParameterNameDiscovery(NAMES);
        String name = parameter.getParameterName();
        return name == null ? "" : name;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
