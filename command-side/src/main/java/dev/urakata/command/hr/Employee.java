package dev.urakata.command.hr;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.EmailAddress;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.ChangeEmployeePositionCommand;
import dev.urakata.shared.hr.ChangeEmployeeSalaryCommand;
import dev.urakata.shared.hr.EmployeeEnrolledInBenefitsEvent;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeNumber;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.EnrolEmployeeInBenefitsCommand;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.RecordPerformanceReviewCommand;
import dev.urakata.shared.hr.TerminateEmployeeCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static dev.urakata.shared.error.Checks.blankToNull;
import static dev.urakata.shared.error.Checks.notBlank;
import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's employment, from hire to termination. Holds only what its decisions need.
 *
 * <p>Field visibility is opened for Jackson because snapshots serialize the aggregate itself.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Employee {

    /** The uniqueness scope of employee numbers. */
    static final String EMPLOYEE_NUMBER = UniqueKeys.EMPLOYEE_NUMBER;

    @AggregateIdentifier
    private EmployeeId employeeId;
    private LocalDate hireDate;
    private String department;
    private String position;
    private Money monthlySalary;
    private Set<String> benefitPlans = new HashSet<>();
    private boolean terminated;

    Employee() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Employee(HireEmployeeCommand command, UniqueKeys uniqueKeys, AggregateKinds kinds) {
        require(command.employeeId() != null, "employeeId is required");
        // the console's hire form chooses the id: not one of another record, nor one the system derives
        kinds.requireUnused(command.employeeId(), AggregateKinds.Kind.EMPLOYEE);
        String number = EmployeeNumber.of(command.employeeNumber()).value();
        require(notBlank(command.givenName()) && notBlank(command.familyName()),
                "givenName and familyName are required");
        String email = EmailAddress.of(command.email()).value();
        require(notBlank(command.department()) && notBlank(command.position()), "department and position are required");
        AggregateKinds.requireDepartment(command.department());
        require(command.employmentType() != null, "employmentType is required");
        require(command.hireDate() != null, "hireDate is required");
        require(command.monthlySalary() != null && command.monthlySalary().isPositive(),
                "monthlySalary must be a positive amount");
        if (command.employmentType() == EmploymentType.TEMPORARY) {
            require(command.contractEndDate() != null, "a TEMPORARY employment needs a contractEndDate");
            require(!command.contractEndDate().isBefore(command.hireDate()),
                    "contractEndDate must not be before hireDate");
        } else {
            require(command.contractEndDate() == null, "a PERMANENT employment has no contractEndDate");
        }
        uniqueKeys.claimFor(EMPLOYEE_NUMBER, number, command.employeeId().value(), HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        apply(new EmployeeHiredEvent(command.employeeId(), number, command.givenName().trim(),
                command.familyName().trim(), email, command.department().trim(),
                command.position().trim(), command.employmentType(), command.contractEndDate(), command.hireDate(),
                command.monthlySalary()));
    }

    @CommandHandler
    void handle(ChangeEmployeePositionCommand command) {
        requireActive();
        require(notBlank(command.department()) && notBlank(command.position()), "department and position are required");
        requireEffectiveAfterHire(command.effectiveDate());
        String newDepartment = AggregateKinds.requireDepartment(command.department()).trim();
        String newPosition = command.position().trim();
        if (newDepartment.equals(department) && newPosition.equals(position)) {
            throw new DomainException(CommonErrors.NO_CHANGE,
                    "The employee already holds this position in this department");
        }
        apply(new EmployeePositionChangedEvent(employeeId, newDepartment, newPosition, command.effectiveDate(),
                department, position, blankToNull(command.reason())));
    }

    @CommandHandler
    void handle(ChangeEmployeeSalaryCommand command) {
        requireActive();
        require(command.monthlySalary() != null && command.monthlySalary().isPositive(),
                "monthlySalary must be a positive amount");
        requireEffectiveAfterHire(command.effectiveDate());
        if (!command.monthlySalary().sameCurrencyAs(monthlySalary)) {
            throw new DomainException(CommonErrors.CURRENCY_MISMATCH,
                    "The salary is paid in " + monthlySalary.currency() + ", not "
                            + command.monthlySalary().currency());
        }
        if (command.monthlySalary().equals(monthlySalary)) {
            throw new DomainException(CommonErrors.NO_CHANGE, "The salary is already " + monthlySalary);
        }
        apply(new EmployeeSalaryChangedEvent(employeeId, command.monthlySalary(), command.effectiveDate(),
                command.reason(), monthlySalary));
    }

    @CommandHandler
    void handle(RecordPerformanceReviewCommand command) {
        requireActive();
        require(command.rating() >= 1 && command.rating() <= 5, "rating must be between 1 and 5");
        require(notBlank(command.reviewer()), "reviewer is required");
        requireEffectiveAfterHire(command.reviewDate());
        apply(new PerformanceReviewRecordedEvent(employeeId, command.reviewDate(), command.rating(),
                command.reviewer().trim(), command.summary()));
    }

    @CommandHandler
    void handle(EnrolEmployeeInBenefitsCommand command) {
        requireActive();
        require(notBlank(command.benefitPlan()), "benefitPlan is required");
        requireEffectiveAfterHire(command.effectiveDate());
        String plan = command.benefitPlan().trim();
        if (benefitPlans.contains(plan)) {
            throw new DomainException(HrErrors.ALREADY_ENROLLED, "The employee is already enrolled in " + plan);
        }
        apply(new EmployeeEnrolledInBenefitsEvent(employeeId, plan, command.effectiveDate()));
    }

    @CommandHandler
    void handle(TerminateEmployeeCommand command) {
        requireActive();
        require(command.reason() != null, "reason is required");
        require(command.lastDay() != null, "lastDay is required");
        if (command.lastDay().isBefore(hireDate)) {
            throw new DomainException(HrErrors.TERMINATION_BEFORE_HIRE,
                    "The last day " + command.lastDay() + " lies before the hire date " + hireDate);
        }
        apply(new EmployeeTerminatedEvent(employeeId, command.reason(), command.lastDay(), command.note()));
    }

    @EventSourcingHandler
    void on(EmployeeHiredEvent event) {
        employeeId = event.employeeId();
        hireDate = event.hireDate();
        department = event.department();
        position = event.position();
        monthlySalary = event.monthlySalary();
    }

    @EventSourcingHandler
    void on(EmployeePositionChangedEvent event) {
        department = event.department();
        position = event.position();
    }

    @EventSourcingHandler
    void on(EmployeeSalaryChangedEvent event) {
        monthlySalary = event.monthlySalary();
    }

    @EventSourcingHandler
    void on(EmployeeEnrolledInBenefitsEvent event) {
        benefitPlans.add(event.benefitPlan());
    }

    @EventSourcingHandler
    void on(EmployeeTerminatedEvent event) {
        terminated = true;
    }

    private void requireActive() {
        if (terminated) {
            throw new DomainException(HrErrors.EMPLOYEE_TERMINATED,
                    "Employee " + employeeId + " has been terminated; no further changes are accepted");
        }
    }

    private void requireEffectiveAfterHire(LocalDate effectiveDate) {
        require(effectiveDate != null, "the effective date is required");
        if (effectiveDate.isBefore(hireDate)) {
            throw new DomainException(HrErrors.EFFECTIVE_BEFORE_HIRE,
                    "The date " + effectiveDate + " lies before the hire date " + hireDate);
        }
    }
}
