package dev.urakata.command.hr;

import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.BindSignInCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.SignInBoundEvent;
import dev.urakata.shared.hr.SignInId;
import dev.urakata.shared.hr.SignInUnboundEvent;
import dev.urakata.shared.hr.UnbindSignInCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the SignIn aggregate: bind, rebind, bind twice, one employee per sign-in, unbind. */
class SignInTest {

    static final SignInId ALICE = SignInId.of("alice@example.com");
    static final EmployeeId FIRST = new EmployeeId("emp-1");
    static final EmployeeId SECOND = new EmployeeId("emp-2");

    private UniqueKeys keys;
    private AggregateTestFixture<SignIn> fixture;

    @BeforeEach
    void setUp() {
        keys = TestUniqueKeys.create();
        fixture = new AggregateTestFixture<>(SignIn.class);
        fixture.registerInjectableResource(keys);
    }

    static BindSignInCommand bind(EmployeeId employee) {
        return new BindSignInCommand(ALICE, "alice@example.com", employee, "E-" + employee.value());
    }

    static SignInBoundEvent bound(EmployeeId employee) {
        return new SignInBoundEvent(ALICE, "alice@example.com", employee, "E-" + employee.value());
    }

    @Test
    void aFirstBindingIsRecorded() {
        fixture.givenNoPriorActivity().when(bind(FIRST)).expectEvents(bound(FIRST));
    }

    @Test
    void bindingAgainToTheSameEmployeeRecordsNothing() {
        fixture.given(bound(FIRST)).when(bind(FIRST)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void rebindingMovesTheSignInToAnotherEmployee() {
        fixture.given(bound(FIRST)).when(bind(SECOND)).expectEvents(bound(SECOND));
    }

    @Test
    void anEmployeeBoundToAnotherSignInIsRefused() {
        keys.claim(SignIn.BOUND_EMPLOYEE, FIRST.value(), SignInId.of("bob").value(),
                HrErrors.EMPLOYEE_ALREADY_BOUND);
        fixture.givenNoPriorActivity().when(bind(FIRST))
                .expectException(refusedWith(HrErrors.EMPLOYEE_ALREADY_BOUND)).expectNoEvents();
    }

    @Test
    void anIdThatIsNotTheSignInsOwnIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new BindSignInCommand(SignInId.of("mallory"), "alice@example.com", FIRST, "E-1"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void unbindingEndsTheBindingAndFreesTheEmployee() {
        fixture.given(bound(FIRST)).when(new UnbindSignInCommand(ALICE))
                .expectEvents(new SignInUnboundEvent(ALICE, "alice@example.com", FIRST));
    }

    @Test
    void unbindingASignInThatActsAsNobodyIsRefused() {
        fixture.given(bound(FIRST), new SignInUnboundEvent(ALICE, "alice@example.com", FIRST))
                .when(new UnbindSignInCommand(ALICE))
                .expectException(refusedWith(HrErrors.SIGN_IN_NOT_BOUND)).expectNoEvents();
    }
}
