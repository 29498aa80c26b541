package dev.urakata.command.it;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.it.ContainSecurityIncidentCommand;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.ReportSecurityIncidentCommand;
import dev.urakata.shared.it.ResolveSecurityIncidentCommand;
import dev.urakata.shared.it.SecurityIncidentContainedEvent;
import dev.urakata.shared.it.SecurityIncidentId;
import dev.urakata.shared.it.SecurityIncidentReportedEvent;
import dev.urakata.shared.it.SecurityIncidentResolvedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.urakata.command.support.Refusals.refusedWith;

/** A security incident goes reported → contained → resolved, and in no other order. */
class SecurityIncidentTest {

    static final SecurityIncidentId INCIDENT = new SecurityIncidentId("inc-1");
    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    private AggregateTestFixture<SecurityIncident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SecurityIncident.class);
    }

    static SecurityIncidentReportedEvent reported() {
        return new SecurityIncidentReportedEvent(INCIDENT, IncidentSeverity.HIGH, "Phishing mail",
                "Clicked a link", "staff1", NOW);
    }

    static SecurityIncidentContainedEvent contained() {
        return new SecurityIncidentContainedEvent(INCIDENT, "Password reset", "it", NOW);
    }

    @Test
    void reportsContainsAndResolves() {
        fixture.givenCurrentTime(NOW)
                .when(new ReportSecurityIncidentCommand(INCIDENT, IncidentSeverity.HIGH, " Phishing mail ",
                        "Clicked a link", "staff1"))
                .expectEvents(reported());
        fixture.givenCurrentTime(NOW).andGiven(reported())
                .when(new ContainSecurityIncidentCommand(INCIDENT, "Password reset", "it"))
                .expectEvents(contained());
        fixture.givenCurrentTime(NOW).andGiven(reported(), contained())
                .when(new ResolveSecurityIncidentCommand(INCIDENT, "No MFA", "MFA enforced", "it"))
                .expectEvents(new SecurityIncidentResolvedEvent(INCIDENT, "No MFA", "MFA enforced", "it", NOW));
    }

    @Test
    void refusesToResolveBeforeContainingOrToContainTwice() {
        fixture.given(reported())
                .when(new ResolveSecurityIncidentCommand(INCIDENT, "No MFA", "MFA enforced", "it"))
                .expectException(refusedWith(ItErrors.SECURITY_INCIDENT_STATUS_CONFLICT))
                .expectNoEvents();
        fixture.given(reported(), contained())
                .when(new ContainSecurityIncidentCommand(INCIDENT, "again", "it"))
                .expectException(refusedWith(ItErrors.SECURITY_INCIDENT_STATUS_CONFLICT));
        fixture.given(reported(), contained(),
                        new SecurityIncidentResolvedEvent(INCIDENT, "No MFA", "MFA enforced", "it", NOW))
                .when(new ResolveSecurityIncidentCommand(INCIDENT, "x", "y", "it"))
                .expectException(refusedWith(ItErrors.SECURITY_INCIDENT_STATUS_CONFLICT));
    }

    @Test
    void refusesBadInput() {
        fixture.givenNoPriorActivity()
                .when(new ReportSecurityIncidentCommand(INCIDENT, null, "t", "d", "staff1"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new ReportSecurityIncidentCommand(INCIDENT, IncidentSeverity.LOW, "t", " ", "staff1"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.given(reported())
                .when(new ContainSecurityIncidentCommand(INCIDENT, "", "it"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.given(reported(), contained())
                .when(new ResolveSecurityIncidentCommand(INCIDENT, "cause", " ", "it"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }
}
