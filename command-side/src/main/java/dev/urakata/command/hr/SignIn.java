package dev.urakata.command.hr;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.BindSignInCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.SignInBoundEvent;
import dev.urakata.shared.hr.SignInId;
import dev.urakata.shared.hr.SignInUnboundEvent;
import dev.urakata.shared.hr.UnbindSignInCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Which employee one sign-in acts as. Binding is an administrator's act, recorded as an event like every other
 * change, so the audit trail shows who made which sign-in act as whom and since when. Before, a sign-in acted as the
 * employee whose number equalled its user name, so whoever set employee numbers (HR) decided who a sign-in was.
 *
 * <p>An employee is bound to one sign-in at most (a claim on the employee id), so two people cannot act as one.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class SignIn {

    /** The uniqueness scope of bound employees. */
    static final String BOUND_EMPLOYEE = "sign-in-employee";

    @AggregateIdentifier
    private SignInId signInId;
    private String name;
    private EmployeeId employeeId;

    SignIn() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BindSignInCommand command, UniqueKeys uniqueKeys) {
        if (command.employeeId() == null || command.signIn() == null || command.signIn().isBlank()) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "signIn and employeeId are required");
        }
        if (!SignInId.of(command.signIn()).equals(command.signInId())) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "signInId does not belong to signIn");
        }
        if (command.employeeId().equals(employeeId)) {
            return; // bound already: sending the same binding twice records it once
        }
        uniqueKeys.claimFor(BOUND_EMPLOYEE, command.employeeId().value(), command.signInId().value(),
                HrErrors.EMPLOYEE_ALREADY_BOUND);
        if (employeeId != null) {
            uniqueKeys.release(BOUND_EMPLOYEE, employeeId.value(), command.signInId().value());
        }
        apply(new SignInBoundEvent(command.signInId(), command.signIn(), command.employeeId(),
                command.employeeNumber()));
    }

    @CommandHandler
    void handle(UnbindSignInCommand command, UniqueKeys uniqueKeys) {
        if (employeeId == null) {
            throw new DomainException(HrErrors.SIGN_IN_NOT_BOUND, "The sign-in is not bound to an employee");
        }
        uniqueKeys.release(BOUND_EMPLOYEE, employeeId.value(), signInId.value());
        apply(new SignInUnboundEvent(signInId, name, employeeId));
    }

    @EventSourcingHandler
    void on(SignInBoundEvent event) {
        signInId = event.signInId();
        name = event.signIn();
        employeeId = event.employeeId();
    }

    @EventSourcingHandler
    void on(SignInUnboundEvent event) {
        employeeId = null;
    }
}
