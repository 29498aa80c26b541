package dev.urakata.config.refusals;

import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.error.CommonErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns a refused HTTP request into a row of the {@link RefusalLog}: called where a refusal is answered (the API's
 * problem advice, the security chains' entry points and access-denied handlers, the console's pages and forms), it
 * reads from the request who, from where, at which route, which command and what target, and leaves out everything a
 * person wrote. Runs only on refusals: a request that succeeds costs nothing here.
 *
 * <p>What is recorded: a 403 (roles, URL rules, or who the caller is), a 409 or 422 (the state of what is addressed,
 * a business rule), and a 401 for credentials that were presented and refused. Not recorded: a 401 for a request that
 * carried no credentials (nobody tried anything), bad input (400: malformed, not refused), 404 (nothing there), and
 * the other statuses of the protocol (405, 413, 414, 415, 431) and of the service (500, 503).
 */
public class RefusalRecorder {

    /** Where {@link DispatchedCommands} leaves the command a request sent, for a refusal to name it. */
    public static final String COMMAND_ATTRIBUTE = RefusalRecorder.class.getName() + ".command";
    /** Set once a refusal of the request is recorded: one request, one row. */
    static final String RECORDED_ATTRIBUTE = RefusalRecorder.class.getName() + ".recorded";
    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final RefusalLog log;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<UserDetailsService> accounts;

    /**
     * @param mappings the API's and console's routes, to name the route of a request refused before Spring MVC
     *                 chose one
     * @param accounts the accounts that sign in with a password, to tell a tried account name from anything else
     */
    public RefusalRecorder(RefusalLog log, ObjectProvider<RequestMappingHandlerMapping> mappings,
                           ObjectProvider<UserDetailsService> accounts) {
        this.log = log;
        this.mappings = mappings;
        this.accounts = accounts;
    }

    /**
     * A problem answered with {@code status} and {@code code}: recorded when it is a 403, 409 or 422, whatever raised
     * it (roles, a URL rule, a business rule, the state of what is addressed).
     */
    public void answered(HttpServletRequest request, int status, String code) {
        RefusalKind kind = switch (status) {
            case 403 -> RefusalKind.FORBIDDEN;
            case 409, 422 -> RefusalKind.REFUSED;
            default -> null;
        };
        if (kind == null || request == null || alreadyRecorded(request)) {
            return;
        }
        String user = signedIn(); // read now, on the request's thread, where the security context is
        log.record(request.getRemoteAddr(), () -> attempt(request, kind, status, code, reason(status, code), user));
    }

    /** The same for the request this thread is handling, for code that has no request at hand (a form's commands). */
    public void answered(int status, String code) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            answered(attributes.getRequest(), status, code);
        }
    }

    /**
     * A 401: recorded when credentials were presented and refused (a wrong password, an unknown account, a bad
     * token), not when the request carried none.
     *
     * @param triedAccount the account name the request tried, if it names one; recorded only if such an account
     *                     exists (a person who types their password into the name field must not find it here)
     */
    public void signInFailed(HttpServletRequest request, String triedAccount, AuthenticationException failure) {
        if (failure instanceof InsufficientAuthenticationException
                || failure instanceof AuthenticationCredentialsNotFoundException
                || request == null || alreadyRecorded(request)) {
            return;
        }
        log.record(request.getRemoteAddr(), () -> attempt(request, RefusalKind.SIGN_IN_FAILED, 401,
                CommonErrors.UNAUTHENTICATED.name(), signInReason(failure), existingAccount(triedAccount)));
    }

    /** The account name of an HTTP Basic {@code Authorization} header, or {@code null}. */
    public static String basicAccount(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private RefusalAttempt attempt(HttpServletRequest request, RefusalKind kind, int status, String code,
                                   String reason, String user) {
        Map<String, Object> matched = matched(request);
        Object route = matched.get(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object command = request.getAttribute(COMMAND_ATTRIBUTE);
        CommandMessage<?> sent = command instanceof CommandMessage<?> message ? message : null;
        return new RefusalAttempt(kind, status, code, reason, user, request.getMethod(),
                route != null ? route.toString() : request.getRequestURI(),
                sent == null ? null : sent.getPayloadType().getSimpleName(),
                target(matched.get(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE), sent),
                request.getRemoteAddr());
    }

    /**
     * The route and path variables of the request: as Spring MVC chose them, or, for a request refused before it
     * got there (a 401, a URL rule's 403), as it would choose them, looked up without changing the request.
     */
    private Map<String, Object> matched(HttpServletRequest request) {
        Map<String, Object> matched = new HashMap<>();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            matched.put(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
            matched.put(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                    request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
            return matched;
        }
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return matched;
        }
        LookupRequest lookup = new LookupRequest(request);
        try {
            ServletRequestPathUtils.parseAndCache(lookup);
            if (mapping.getHandler(lookup) != null) {
                matched.put(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                        lookup.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
                matched.put(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                        lookup.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
            }
        } catch (Exception noRoute) {
            // no route takes this method or path: the path stands for it
        }
        return matched;
    }

    /** The path variables as {@code name=value}; without any, the id of the aggregate the command addressed. */
    private static String target(Object variables, CommandMessage<?> sent) {
        if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
            StringJoiner joined = new StringJoiner(", ");
            map.forEach((name, value) -> joined.add(name + "=" + value));
            return joined.toString();
        }
        if (sent != null) {
            try {
                return "aggregate=" + TARGETS.resolveTarget(sent).getIdentifier();
            } catch (RuntimeException noTarget) {
                return null; // a command that names no aggregate by annotation
            }
        }
        return null;
    }

    private static String reason(int status, String code) {
        if (status == 403) {
            return CommonErrors.FORBIDDEN.name().equals(code) ? "the caller's roles do not allow this"
                    : "not allowed for who the caller is";
        }
        return status == 409 ? "the state of what it addresses does not allow it" : "refused by a business rule";
    }

    private static String signInReason(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return "wrong account name or password";
        }
        String type = failure.getClass().getSimpleName();
        if (type.contains("BearerToken") || type.contains("OAuth2") || type.contains("Jwt")) {
            return "invalid bearer token";
        }
        return "credentials refused";
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }

    private String existingAccount(String name) {
        UserDetailsService users = accounts.getIfUnique();
        if (name == null || name.isBlank() || users == null) {
            return null;
        }
        try {
            return users.loadUserByUsername(name) != null ? name : null;
        } catch (UsernameNotFoundException unknown) {
            return null;
        } catch (RuntimeException unavailable) {
            return null; // an account store that cannot answer now: leave the name out rather than guess
        }
    }

    private static boolean alreadyRecorded(HttpServletRequest request) {
        if (request.getAttribute(RECORDED_ATTRIBUTE) != null) {
            return true;
        }
        request.setAttribute(RECORDED_ATTRIBUTE, Boolean.TRUE);
        return false;
    }

    /** The request as the route lookup sees it: attributes it sets stay here, the request itself is left as it was. */
    private static final class LookupRequest extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();

        LookupRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
