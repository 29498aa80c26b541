package dev.urakata.config.security;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.SignInBoundEvent;
import dev.urakata.shared.hr.SignInId;
import dev.urakata.shared.hr.SignInUnboundEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who a sign-in acts as: a binding handled in this process counts at once, even right after the answer before it
 * was read (and remembered); one written by another process counts within a second.
 */
class SignInBindingsTest {

    private static final Authentication ALICE = new UsernamePasswordAuthenticationToken("alice", "n/a", List.of());

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final SignInBindings bindings = new SignInBindings(mongo.template(), Map.of());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aBindingHandledHereCountsAtOnceAndSoDoesItsEnd() {
        assertThat(SignInBindings.actsAsNobody(bindings.employeeNumber(ALICE))).isTrue();

        bindings.on(new SignInBoundEvent(SignInId.of("alice"), "alice", new EmployeeId("emp-1"), "E-1"));
        assertThat(bindings.employeeNumber(ALICE)).isEqualTo("E-1");

        bindings.on(new SignInUnboundEvent(SignInId.of("alice"), "alice", new EmployeeId("emp-1")));
        assertThat(SignInBindings.actsAsNobody(bindings.employeeNumber(ALICE))).isTrue();
    }

    @Test
    void aBindingWrittenElsewhereCountsWithinASecond() {
        assertThat(SignInBindings.actsAsNobody(bindings.employeeNumber(ALICE))).isTrue();

        mongo.template().save(new Document("_id", "alice").append("employeeId", "emp-2")
                .append("employeeNumber", "E-2"), SignInBindings.COLLECTION);

        await().atMost(Duration.ofMillis(SignInBindings.REMEMBERED_NANOS / 1_000_000 + 2_000))
                .until(() -> "E-2".equals(bindings.employeeNumber(ALICE)));
    }

    @Test
    void noEmployeeNumberActsAsNobody() {
        assertThat(SignInBindings.actsAsNobody("E-1")).isFalse();
        assertThat(SignInBindings.actsAsNobody(SignInBindings.NOBODY_PREFIX + "alice")).isTrue();
    }
}
