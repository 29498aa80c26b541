package dev.urakata.command.payroll;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.payroll.EmployeeEnrolledInPayrollEvent;
import dev.urakata.shared.payroll.EnrolInPayrollCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.YearMonth;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * That an employee is on the payroll, and from which month: the onboarding's last step before completion. Runs pay
 * whoever HR employs in the month; the enrolment is payroll's acknowledgement that it has taken the employee on.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class PayrollEnrolment {

    @AggregateIdentifier
    private String enrolmentId;
    private YearMonth firstPeriod;

    PayrollEnrolment() {
        // for Axon
    }

    /** Idempotent: an employee already enrolled stays enrolled from the first month recorded. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnrolInPayrollCommand command) {
        if (command.firstPeriod() == null) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "firstPeriod is required");
        }
        if (firstPeriod == null) {
            apply(new EmployeeEnrolledInPayrollEvent(command.employeeId(), command.firstPeriod()));
        }
    }

    @EventSourcingHandler
    void on(EmployeeEnrolledInPayrollEvent event) {
        enrolmentId = EnrolInPayrollCommand.enrolmentIdOf(event.employeeId());
        firstPeriod = event.firstPeriod();
    }
}
