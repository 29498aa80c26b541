package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A document of {@code workforce_leave_balances}: one employee's vacation account, keyed by employee id. */
public record LeaveBalanceDocument(
        @Id String id,
        @Meaning("the employee's number (how a user with role EMPLOYEE is matched to their records)")
        String employeeNumber,
        @Meaning("vacation days a year") BigDecimal annualVacationDays,
        @Meaning("vacation days accrued so far") BigDecimal accrued,
        @Meaning("vacation days taken so far") BigDecimal taken,
        @Meaning("vacation days left") BigDecimal balance,
        @Meaning(value = "the last month vacation was accrued for", optional = true) YearMonth lastAccruedMonth,
        @Meaning("whether the account is closed (the employee left)") boolean closed,
        @Meaning("the account's last event applied (for idempotency)") long lastSequence) {
}
