package dev.urakata.command.it;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.ProvisionSystemAccountCommand;
import dev.urakata.shared.it.RevokeSystemAccountsCommand;
import dev.urakata.shared.it.SystemAccountProvisionedEvent;
import dev.urakata.shared.it.SystemAccountRevokedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** The system accounts of one employee: idempotent provisioning and revocation, as the sagas need them. */
class SystemAccountsTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");

    private AggregateTestFixture<SystemAccounts> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SystemAccounts.class);
    }

    static SystemAccountProvisionedEvent provisioned(String system) {
        return new SystemAccountProvisionedEvent(AIKO, system, "onboarding");
    }

    @Test
    void theFirstProvisionCreatesTheAggregate() {
        fixture.givenNoPriorActivity()
                .when(new ProvisionSystemAccountCommand(AIKO, "email", "onboarding"))
                .expectEvents(provisioned("email"));
    }

    @Test
    void provisioningAnActiveAccountAgainRecordsNothing() {
        fixture.given(provisioned("email"))
                .when(new ProvisionSystemAccountCommand(AIKO, "email", "onboarding"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRevokedAccountCanBeProvisionedAgain() {
        fixture.given(provisioned("sso"), new SystemAccountRevokedEvent(AIKO, "sso", "left"))
                .when(new ProvisionSystemAccountCommand(AIKO, "sso", "rehired"))
                .expectEvents(new SystemAccountProvisionedEvent(AIKO, "sso", "rehired"));
    }

    @Test
    void revokesOneSystem() {
        fixture.given(provisioned("email"), provisioned("sso"))
                .when(new RevokeSystemAccountsCommand(AIKO, "sso", "role change"))
                .expectEvents(new SystemAccountRevokedEvent(AIKO, "sso", "role change"));
    }

    @Test
    void revokesEveryActiveAccountWhenNoSystemIsNamed() {
        fixture.given(provisioned("email"), provisioned("sso"), provisioned("erp"),
                        new SystemAccountRevokedEvent(AIKO, "sso", "role change"))
                .when(new RevokeSystemAccountsCommand(AIKO, null, "offboarding"))
                .expectEvents(new SystemAccountRevokedEvent(AIKO, "email", "offboarding"),
                        new SystemAccountRevokedEvent(AIKO, "erp", "offboarding"));
    }

    @Test
    void revokingWhatIsNotActiveRecordsNothing() {
        fixture.given(provisioned("email"), new SystemAccountRevokedEvent(AIKO, "email", "offboarding"))
                .when(new RevokeSystemAccountsCommand(AIKO, null, "offboarding"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(provisioned("email"))
                .when(new RevokeSystemAccountsCommand(AIKO, "erp", "offboarding"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void revokingForAnEmployeeWhoNeverHadAnAccountSucceedsAndRecordsNothing() {
        fixture.givenNoPriorActivity()
                .when(new RevokeSystemAccountsCommand(AIKO, null, "offboarding"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesASystemNameOutsideTheFormat() {
        fixture.givenNoPriorActivity()
                .when(new ProvisionSystemAccountCommand(AIKO, "E-Mail", "onboarding"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new ProvisionSystemAccountCommand(AIKO, "a".repeat(33), "onboarding"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        fixture.given(provisioned("email"))
                .when(new RevokeSystemAccountsCommand(AIKO, "", "offboarding"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT));
    }
}
