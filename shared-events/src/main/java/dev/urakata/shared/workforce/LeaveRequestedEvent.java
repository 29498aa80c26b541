package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Leave was requested.
 *
 * @param accountId    the account
 * @param employeeId   the employee
 * @param requestId    the request
 * @param type         vacation, sick or unpaid
 * @param firstDay     the first day off
 * @param lastDay      the last day off
 * @param workingDays  working days in the range (Monday to Friday, not public holidays)
 * @param overBalance  a vacation request for more days than the balance, accepted because the policy flags
 *                     instead of refusing
 * @param requestedBy  the user who asked
 * @param note         remarks, may be {@code null}
 */
@Revision("1")
public record LeaveRequestedEvent(@DataSubject EmployeeId employeeId, LeaveAccountId accountId,
                                  LeaveRequestId requestId, LeaveType type, LocalDate firstDay, LocalDate lastDay,
                                  BigDecimal workingDays, boolean overBalance, String requestedBy,
                                  @PersonalData String note) {
}
