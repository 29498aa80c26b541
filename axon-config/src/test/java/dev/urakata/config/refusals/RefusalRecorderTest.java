package dev.urakata.config.refusals;

import dev.urakata.config.UrakataProperties;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogEntry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refused request leaves in the log, read from the request, and what it does not. */
class RefusalRecorderTest {

    private final RefusalLog log = new RefusalLog(EmbeddedDatabase.create(), new UrakataProperties.Refusals(60, 100),
            Clock.systemUTC());
    private final RefusalRecorder recorder;

    RefusalRecorderTest() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("users", new InMemoryUserDetailsManager(User.withUsername("ops").password("{noop}ops")
                .roles("OPERATIONS").build()));
        recorder = new RefusalRecorder(log, beans.getBeanProvider(RequestMappingHandlerMapping.class),
                beans.getBeanProvider(UserDetailsService.class));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record ApprovePurchaseOrder(@TargetAggregateIdentifier String purchaseOrderId) {
    }

    @Test
    void aRefusedCommandNamesItsRouteCommandTargetUserAndClientButNoBody() {
        signIn("ops");
        MockHttpServletRequest request = request("POST", "/api/purchasing/orders/po-7/approve");
        request.setContent("{\"note\":\"Hanako Yamada\"}".getBytes(StandardCharsets.UTF_8));
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                "/api/purchasing/orders/{purchaseOrderId}/approve");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("purchaseOrderId", "po-7"));
        request.setAttribute(RefusalRecorder.COMMAND_ATTRIBUTE,
                GenericCommandMessage.asCommandMessage(new ApprovePurchaseOrder("po-7")));

        recorder.answered(request, 422, "FOUR_EYES_REQUIRED");

        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RefusalKind.REFUSED);
            assertThat(row.status()).isEqualTo(422);
            assertThat(row.code()).isEqualTo("FOUR_EYES_REQUIRED");
            assertThat(row.reason()).isEqualTo("refused by a business rule");
            assertThat(row.user()).isEqualTo("ops");
            assertThat(row.method()).isEqualTo("POST");
            assertThat(row.route()).isEqualTo("/api/purchasing/orders/{purchaseOrderId}/approve");
            assertThat(row.commandType()).isEqualTo("ApprovePurchaseOrder");
            assertThat(row.target()).isEqualTo("purchaseOrderId=po-7");
            assertThat(row.clientAddress()).isEqualTo("192.0.2.10");
            assertThat(row.toString()).doesNotContain("Hanako");
        });
    }

    @Test
    void withoutPathVariablesTheTargetIsTheAggregateTheCommandAddressed() {
        signIn("ops");
        MockHttpServletRequest request = request("POST", "/api/purchasing/orders");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/purchasing/orders");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of());
        request.setAttribute(RefusalRecorder.COMMAND_ATTRIBUTE,
                GenericCommandMessage.asCommandMessage(new ApprovePurchaseOrder("po-8")));
        recorder.answered(request, 409, "ALREADY_EXISTS");
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.target()).isEqualTo("aggregate=po-8");
            assertThat(row.reason()).isEqualTo("the state of what it addresses does not allow it");
        });
    }

    @Test
    void severalPathVariablesAreAllNamedInTheirOrder() {
        signIn("ops");
        MockHttpServletRequest request = request("POST", "/api/workforce/schedules/s-1/shifts/sh-2/claim");
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("scheduleId", "s-1");
        variables.put("shiftId", "sh-2");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                "/api/workforce/schedules/{scheduleId}/shifts/{shiftId}/claim");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        recorder.answered(request, 403, "FORBIDDEN");
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RefusalKind.FORBIDDEN);
            assertThat(row.target()).isEqualTo("scheduleId=s-1, shiftId=sh-2");
            assertThat(row.commandType()).as("nothing was sent").isNull();
            assertThat(row.reason()).isEqualTo("the caller's roles do not allow this");
        });
    }

    @Test
    void badInputNotFoundAndTheServicesOwnFailuresAreNotRefusals() {
        signIn("ops");
        for (int status : List.of(400, 401, 404, 405, 413, 415, 500, 503)) {
            recorder.answered(request("POST", "/api/hr/employees"), status, "X");
        }
        assertThat(rows()).isEmpty();
    }

    @Test
    void aSignInWithoutCredentialsIsNotRecordedAndAWrongPasswordIs() {
        recorder.signInFailed(request("GET", "/api/hr/employees"), null,
                new InsufficientAuthenticationException("Full authentication is required"));
        assertThat(rows()).isEmpty();

        MockHttpServletRequest wrong = request("GET", "/api/hr/employees");
        wrong.addHeader("Authorization", basic("ops", "wrong"));
        recorder.signInFailed(wrong, RefusalRecorder.basicAccount(wrong), new BadCredentialsException("Bad"));
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(RefusalKind.SIGN_IN_FAILED);
            assertThat(row.status()).isEqualTo(401);
            assertThat(row.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(row.user()).as("an account that exists").isEqualTo("ops");
            assertThat(row.reason()).isEqualTo("wrong account name or password");
            assertThat(row.route()).as("no route lookup available: the path").isEqualTo("/api/hr/employees");
        });
    }

    @Test
    void aTriedNameThatIsNoAccountIsLeftOutItMightBeAPassword() {
        MockHttpServletRequest request = request("GET", "/api/me");
        request.addHeader("Authorization", basic("correct-horse-battery", "x"));
        recorder.signInFailed(request, RefusalRecorder.basicAccount(request), new BadCredentialsException("Bad"));
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.user()).isNull());
        assertThat(RefusalRecorder.basicAccount(request("GET", "/"))).isNull();
        MockHttpServletRequest garbled = request("GET", "/");
        garbled.addHeader("Authorization", "Basic %%%");
        assertThat(RefusalRecorder.basicAccount(garbled)).isNull();
    }

    @Test
    void aRequestIsRecordedOnceAndAnonymousCallersAreNobody() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        MockHttpServletRequest request = request("GET", "/console/audit");
        recorder.answered(request, 403, "FORBIDDEN");
        recorder.answered(request, 403, "FORBIDDEN");
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.user()).isNull());
    }

    private static void signIn(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("192.0.2.10");
        return request;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private List<RefusalLogEntry> rows() {
        return log.search(new RefusalLog.Search(null, null, null, null, null, null), 0, 50).items();
    }
}
