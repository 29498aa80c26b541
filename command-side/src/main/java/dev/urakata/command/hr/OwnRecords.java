package dev.urakata.command.hr;

import dev.urakata.command.workforce.WorkforceEmployees;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Separation of duties: nobody changes their own pay, position or employment, or reviews themselves. An HR officer
 * who is also an employee asks a colleague (or an administrator) to change their salary; a payroll officer does not
 * add a bonus for themselves to a run.
 *
 * <p>The signed-in user is the employee {@link CurrentEmployee} maps them to. The check reads the command side's
 * view of employees, which lags the events by a moment: an employee hired a second ago is recognised a moment
 * later, which is no gap in practice (the same person cannot be hired and sign in within that moment).
 */
@Component
public class OwnRecords {

    private final WorkforceEmployees employees;

    OwnRecords(WorkforceEmployees employees) {
        this.employees = employees;
    }

    /**
     * Refuses with {@link ErrorCode#OWN_RECORD} when {@code target} is the signed-in user's own employee record.
     *
     * @param what what would be changed, for the message ("salary", "position", …)
     */
    public void refuseOwn(Authentication user, EmployeeId target, String what) {
        if (target == null) {
            return;
        }
        employees.findByNumber(CurrentEmployee.employeeNumber(user))
                .filter(self -> self.employeeId().equals(target))
                .ifPresent(self -> {
                    throw new DomainException(HrErrors.OWN_RECORD, "Nobody may change their own " + what
                            + ": another person with the right role must do it");
                });
    }
}
