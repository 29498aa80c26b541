package dev.urakata.command.compliance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.RequestPolicyAcknowledgementCommand;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** Which employees are asked to acknowledge which policy versions, by when. */
class AcknowledgementRequestPolicyTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final EmployeeId SORA = new EmployeeId("sora");
    static final Instant APRIL_1 = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant MAY_1 = Instant.parse("2026-05-01T10:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private CommandGateway commands;
    private AcknowledgementRequestPolicy policy;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
        policy = new AcknowledgementRequestPolicy(commands, mongo.template(), new ComplianceSettings(14));
    }

    static EmployeeHiredEvent hired(EmployeeId id) {
        return new EmployeeHiredEvent(id, id.value(), "Given", "Family", "x@example.com", "Ops", "Clerk",
                EmploymentType.PERMANENT, null, LocalDate.of(2026, 1, 1), Money.of("300000", "JPY"));
    }

    @Test
    void aVersionRequiringAcknowledgementIsRequestedFromEveryEmployeeInService() {
        policy.on(hired(AIKO), APRIL_1);
        policy.on(hired(KEN), APRIL_1);
        policy.on(new EmployeeTerminatedEvent(KEN, TerminationReason.RESIGNATION, LocalDate.of(2026, 4, 30), null));

        policy.on(new PolicyVersionPublishedEvent("PRIVACY", "Privacy", 2, true), MAY_1);

        verify(commands).sendAndWait(new RequestPolicyAcknowledgementCommand(AIKO, "PRIVACY", 2,
                LocalDate.of(2026, 5, 15)));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void someoneHiredLaterIsAskedForTheVersionsStillRequiringIt() {
        policy.on(new PolicyVersionPublishedEvent("PRIVACY", "Privacy", 1, true), APRIL_1);
        policy.on(new PolicyVersionPublishedEvent("CONDUCT", "Conduct", 1, true), APRIL_1);
        policy.on(new PolicyVersionPublishedEvent("CONDUCT", "Conduct", 2, false), APRIL_1);

        policy.on(hired(SORA), MAY_1);

        verify(commands).sendAndWait(new RequestPolicyAcknowledgementCommand(SORA, "PRIVACY", 1,
                LocalDate.of(2026, 5, 15)));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void aVersionNotRequiringAcknowledgementAsksNobody() {
        policy.on(hired(AIKO), APRIL_1);
        policy.on(new PolicyVersionPublishedEvent("HANDBOOK", "Handbook", 1, false), MAY_1);
        verify(commands, never()).sendAndWait(any());
    }
}
