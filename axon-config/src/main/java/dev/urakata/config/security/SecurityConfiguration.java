package dev.urakata.config.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.UrakataProperties;
import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.config.web.Problems;
import dev.urakata.shared.error.CommonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may call what. Stateless HTTP: every request authenticates, with HTTP Basic (demo accounts) or a JWT
 * bearer token (when {@code spring.security.oauth2.resourceserver.jwt.*} is configured, roles come from the
 * token's {@code roles} claim). Endpoints state their roles with {@code @PreAuthorize}; only the health probe
 * answers without credentials, for load balancers.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration"})
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Demo account name → role. Each account's password is its name. */
    static final Map<String, String> DEMO_ACCOUNTS = Map.ofEntries(
            Map.entry("admin", Roles.ADMIN), Map.entry("hr", Roles.HR), Map.entry("payroll", Roles.PAYROLL),
            Map.entry("finance", Roles.FINANCE), Map.entry("ops", Roles.OPERATIONS), Map.entry("it", Roles.IT),
            Map.entry("legal", Roles.LEGAL), Map.entry("compliance", Roles.COMPLIANCE),
            Map.entry("analyst", Roles.ANALYST), Map.entry("manager", Roles.MANAGER),
            // employees act as the employee whose employee number is their user name
            Map.entry("staff1", Roles.EMPLOYEE), Map.entry("staff2", Roles.EMPLOYEE));

    /**
     * The API's chain. Its 401s for credentials that were presented and refused, and its 403s, are recorded in the
     * security and refusal log ({@link RefusalRecorder}); a 401 for a request without credentials is not.
     */
    @Bean
    public SecurityFilterChain urakataSecurityFilterChain(HttpSecurity http, ObjectMapper mapper,
                                                          ObjectProvider<JwtDecoder> jwtDecoder,
                                                          ObjectProvider<RefusalRecorder> refusals) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            refusals.ifAvailable(recorder -> recorder.signInFailed(request, RefusalRecorder.basicAccount(request), e));
            response.setHeader("WWW-Authenticate", "Basic realm=\"urakata\"");
            Problems.write(response, mapper, CommonErrors.UNAUTHENTICATED,
                    "Authentication is required: HTTP Basic or a bearer token");
        };
        http.csrf(csrf -> csrf.disable()) // no cookies or sessions: every request carries its own credentials
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> {
                            refusals.ifAvailable(recorder -> recorder.answered(request, 403,
                                    CommonErrors.FORBIDDEN.name()));
                            Problems.write(response, mapper, CommonErrors.FORBIDDEN,
                                    "Your roles do not allow this action");
                        }));
        if (jwtDecoder.getIfAvailable() != null) {
            // A refused token is answered as the resource server always has; it is recorded first.
            AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint((request, response, e) -> {
                        refusals.ifAvailable(recorder -> recorder.signInFailed(request, null, e));
                        bearer.commence(request, response, e);
                    })
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaim())));
        }
        return http.build();
    }

    private static JwtAuthenticationConverter rolesClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * BCrypt, with successful checks remembered for {@code urakata.security.credentials-cache-ttl} (see
     * {@link VerifiedCredentialsCache}) so that HTTP Basic costs one BCrypt per client and expiry, not per request.
     */
    @Bean
    public PasswordEncoder passwordEncoder(UrakataProperties properties) {
        return new VerifiedCredentialsCache(new BCryptPasswordEncoder(8), properties.security().credentialsCacheTtl(),
                Clock.systemUTC());
    }

    /**
     * Decides each endpoint's {@code @PreAuthorize} before its request body is read or validated (see
     * {@link AuthorizeBeforeBinding}); method security still checks it again when the endpoint runs.
     */
    @Bean
    public WebMvcConfigurer authorizeBeforeBinding(ObjectProvider<MethodSecurityExpressionHandler> expressions,
                                                   ApplicationContext context) {
        AuthorizeBeforeBinding interceptor = new AuthorizeBeforeBinding(expressions.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
            handler.setApplicationContext(context);
            return handler;
        }));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    /** Which employee each sign-in acts as (see {@link SignInBindings}). */
    @Bean
    public SignInBindings signInBindings(MongoTemplate mongo, UrakataProperties properties) {
        return new SignInBindings(mongo, properties.security().demoUsers() ? DEMO_ACCOUNTS : Map.of());
    }

    /** Hands every request this application's bindings, for {@link CurrentEmployee}. */
    @Bean
    public OncePerRequestFilter signInBindingsInRequest(SignInBindings bindings) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                request.setAttribute(CurrentEmployee.BINDINGS_ATTRIBUTE, bindings);
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * The demo accounts when {@code urakata.security.demo-users=true} (the embedded default), otherwise none:
     * Basic authentication then always fails and a JWT issuer must be configured.
     */
    @Bean
    public UserDetailsService urakataUsers(UrakataProperties properties, PasswordEncoder encoder) {
        // A changed password gets a new stored hash, for which nothing is remembered.
        List<UserDetails> users = new ArrayList<>();
        if (properties.security().demoUsers()) {
            DEMO_ACCOUNTS.forEach((name, role) ->
                    users.add(User.withUsername(name).password(encoder.encode(name)).roles(role).build()));
            log.warn("""

                    ************************************************************************************
                    *  DEMO ACCOUNTS ARE ENABLED: admin/admin, hr/hr, payroll/payroll, finance/finance, *
                    *  ops/ops, it/it, legal/legal, compliance/compliance, analyst/analyst,            *
                    *  manager/manager, staff1/staff1, staff2/staff2.                                  *
                    *  Anyone who can reach this port can use them. Set                                *
                    *  urakata.security.demo-users=false and configure a JWT issuer for real use.      *
                    ************************************************************************************""");
        }
        return new InMemoryUserDetailsManager(users);
    }

}
