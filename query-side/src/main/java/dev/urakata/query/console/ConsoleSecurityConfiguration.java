package dev.urakata.query.console;

import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.config.security.Roles;
import dev.urakata.shared.error.CommonErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for the web console: a form login kept in a session (with CSRF protection, as for any cookie), in a
 * filter chain of its own that only matches the console's paths and comes before the API's chain. The API keeps
 * its stateless HTTP Basic / JWT chain untouched: a request to {@code /api/**} never reaches this one. Which pages
 * a role may open is said here by path, and again on the controllers with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String ANALYSTS = "hasAnyRole('ADMIN', 'PAYROLL', 'FINANCE', 'OPERATIONS', 'ANALYST', 'COMPLIANCE')";
    static final String PAYROLL_FIGURES = "hasAnyRole('ADMIN', 'PAYROLL', 'FINANCE', 'ANALYST', 'COMPLIANCE')";
    static final String STOCK_FIGURES = "hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE', 'ANALYST', 'COMPLIANCE')";
    static final String FINANCE_FIGURES = "hasAnyRole('ADMIN', 'FINANCE', 'ANALYST', 'COMPLIANCE')";
    static final String AUDITORS = "hasAnyRole('ADMIN', 'COMPLIANCE')";

    /**
     * A wrong password at the sign-in page and a page refused by its path's roles are recorded in the security and
     * refusal log before the usual answer (back to the sign-in page; the forbidden page).
     */
    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, ObjectProvider<RefusalRecorder> refusals)
            throws Exception {
        AuthenticationFailureHandler backToSignIn = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AccessDeniedHandlerImpl forbiddenPage = new AccessDeniedHandlerImpl();
        forbiddenPage.setErrorPage("/console/forbidden");
        http.securityMatcher("/", "/console", "/console/**", "/login", "/logout", "/webjars/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/console/console.css", "/console/console.js", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/console/audit/**").hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .requestMatchers("/console/operations/**").hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll()
                        .failureHandler((request, response, e) -> {
                            refusals.ifAvailable(recorder -> recorder.signInFailed(request,
                                    request.getParameter("username"), e));
                            backToSignIn.onAuthenticationFailure(request, response, e);
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    refusals.ifAvailable(recorder -> recorder.answered(request, 403, CommonErrors.FORBIDDEN.name()));
                    forbiddenPage.handle(request, response, e);
                }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
