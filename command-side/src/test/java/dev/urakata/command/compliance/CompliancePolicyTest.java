package dev.urakata.command.compliance;

import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.PublishPolicyVersionCommand;
import dev.urakata.shared.error.CommonErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Publishing policy versions: the first creates the policy, each next one must be higher. */
class CompliancePolicyTest {

    static final PolicyVersionPublishedEvent V1 = new PolicyVersionPublishedEvent("PRIVACY", "Privacy policy", 1,
            true);

    private AggregateTestFixture<CompliancePolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompliancePolicy.class);
    }

    @Test
    void theFirstVersionCreatesThePolicy() {
        fixture.givenNoPriorActivity().when(new PublishPolicyVersionCommand("PRIVACY", " Privacy policy ", 1, true))
                .expectEvents(V1);
    }

    @Test
    void aHigherVersionIsPublished() {
        fixture.given(V1).when(new PublishPolicyVersionCommand("PRIVACY", "Privacy policy 2", 2, false))
                .expectEvents(new PolicyVersionPublishedEvent("PRIVACY", "Privacy policy 2", 2, false));
    }

    @Test
    void theSameVersionAgainRecordsNothing() {
        fixture.given(V1).when(new PublishPolicyVersionCommand("PRIVACY", "Privacy policy", 1, true))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anOlderOrChangedSameVersionIsRefused() {
        fixture.given(V1).when(new PublishPolicyVersionCommand("PRIVACY", "Other title", 1, true))
                .expectException(refusedWith(ComplianceErrors.POLICY_VERSION_CONFLICT)).expectNoEvents();
        fixture.given(V1, new PolicyVersionPublishedEvent("PRIVACY", "Privacy policy", 3, true))
                .when(new PublishPolicyVersionCommand("PRIVACY", "Privacy policy", 2, true))
                .expectException(refusedWith(ComplianceErrors.POLICY_VERSION_CONFLICT)).expectNoEvents();
    }

    @Test
    void badInputIsRefused() {
        fixture.givenNoPriorActivity().when(new PublishPolicyVersionCommand("privacy", "Privacy", 1, true))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        setUp(); // a fixture remembers the id of its last aggregate
        fixture.givenNoPriorActivity().when(new PublishPolicyVersionCommand("PRIVACY", "", 1, true))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        setUp();
        fixture.givenNoPriorActivity().when(new PublishPolicyVersionCommand("PRIVACY", "Privacy", 0, true))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
