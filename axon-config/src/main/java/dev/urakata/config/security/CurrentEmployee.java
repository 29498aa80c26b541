package dev.urakata.config.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which employee an authenticated user is, for the endpoints where employees act for themselves: the employee
 * number in the JWT's {@code employee_number} claim, or else the user name (the demo accounts {@code staff1} and
 * {@code staff2} are the employees numbered {@code staff1} and {@code staff2}).
 */
public final class CurrentEmployee {

    /** The JWT claim that carries the employee number. */
    public static final String EMPLOYEE_NUMBER_CLAIM = "employee_number";

    private CurrentEmployee() {
    }

    /** The employee number of {@code user}. */
    public static String employeeNumber(Authentication user) {
        if (user.getPrincipal() instanceof Jwt jwt && jwt.hasClaim(EMPLOYEE_NUMBER_CLAIM)) {
            return jwt.getClaimAsString(EMPLOYEE_NUMBER_CLAIM);
        }
        return user.getName();
    }

    /** Whether {@code user} holds {@code role} (without the {@code ROLE_} prefix). */
    public static boolean hasRole(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
