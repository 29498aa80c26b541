package dev.urakata.config.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Map;

/**
 * Which employee an authenticated user is, for the endpoints where employees act for themselves or read their own
 * records: see {@link SignInBindings} for the rule.
 *
 * <p>The bindings are a read model of the application context that serves the request; a filter puts them in the
 * request ({@link #BINDINGS_ATTRIBUTE}), so that this stays a plain static helper for the many controllers that ask
 * and a test JVM holding several application contexts never mixes their read models.
 */
public final class CurrentEmployee {

    /** The JWT claim that carries the employee number. */
    public static final String EMPLOYEE_NUMBER_CLAIM = "employee_number";
    /** The request attribute holding this application's {@link SignInBindings}. */
    static final String BINDINGS_ATTRIBUTE = SignInBindings.class.getName();

    private CurrentEmployee() {
    }

    /**
     * The employee number of {@code user}; for a sign-in that acts as nobody, a value that no employee number
     * equals (so that looking it up finds nobody).
     */
    public static String employeeNumber(Authentication user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object bindings = request == null ? null
                : request.getAttribute(BINDINGS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return bindings instanceof SignInBindings known ? known.employeeNumber(user)
                : SignInBindings.unbound(user, Map.of());
    }

    /** Whether {@code user} holds {@code role} (without the {@code ROLE_} prefix). */
    public static boolean hasRole(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
