package dev.urakata.query.console;

import dev.urakata.config.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/console", "/console/**", "/login", "/logout", "/webjars/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/console/console.css", "/console/console.js", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/console/audit/**").hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .requestMatchers("/console/operations/**").hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/console/forbidden"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
