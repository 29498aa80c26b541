package dev.urakata.command.workforce;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides for whom a workforce command is sent: ADMIN, HR and MANAGER act for any employee; a user with role
 * EMPLOYEE only for the employee their number maps to (403 for anybody else).
 */
@Component
class WorkforceActors {

    private final WorkforceEmployees employees;

    WorkforceActors(WorkforceEmployees employees) {
        this.employees = employees;
    }

    /**
     * Who a command concerns.
     *
     * @param employee       the employee
     * @param employeeNumber the employee's number
     * @param forOthers      whether the user acts for somebody else (a manager recording for an employee)
     */
    record Actor(EmployeeId employee, String employeeNumber, boolean forOthers) {
    }

    /** The employee {@code user} may act for: {@code requested}, or themselves if {@code requested} is null. */
    Actor resolve(Authentication user, EmployeeId requested) {
        boolean manages = CurrentEmployee.hasRole(user, Roles.ADMIN) || CurrentEmployee.hasRole(user, Roles.HR)
                || CurrentEmployee.hasRole(user, Roles.MANAGER);
        String ownNumber = CurrentEmployee.employeeNumber(user);
        if (manages) {
            if (requested == null) {
                throw new DomainException(CommonErrors.INVALID_INPUT, "employeeId is required");
            }
            WorkforceEmployees.Employment employment = employees.find(requested).orElseThrow(() ->
                    new DomainException(CommonErrors.NOT_FOUND, "No employee with id " + requested));
            return new Actor(requested, employment.employeeNumber(), !ownNumber.equals(employment.employeeNumber()));
        }
        WorkforceEmployees.Employment self = employees.findByNumber(ownNumber).orElseThrow(() ->
                new DomainException(CommonErrors.FORBIDDEN, "User " + user.getName() + " is not a known employee"));
        if (requested != null && !requested.equals(self.employeeId())) {
            throw new DomainException(CommonErrors.FORBIDDEN, "An employee may only act for themselves");
        }
        return new Actor(self.employeeId(), self.employeeNumber(), false);
    }
}
