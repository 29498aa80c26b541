package dev.urakata.command.workforce;

import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.workforce.CloseLeaveAccountCommand;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.OpenLeaveAccountCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Gives every hired employee a leave account with the configured yearly vacation quota, and tells it when the
 * employment ends. Both commands are idempotent in the account, so redelivery is harmless.
 */
@Component
@ProcessingGroup(LeaveAccountPolicy.PROCESSING_GROUP)
class LeaveAccountPolicy {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "leave-account-policy";

    private final CommandGateway commands;
    private final WorkforceTimeSettings settings;

    LeaveAccountPolicy(CommandGateway commands, WorkforceTimeSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @Timestamp Instant recordedAt) {
        commands.sendAndWait(new OpenLeaveAccountCommand(LeaveAccountId.of(event.employeeId()), event.employeeId(),
                event.employeeNumber(), event.hireDate(), settings.annualVacationDays(), recordedAt));
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event) {
        try {
            commands.sendAndWait(new CloseLeaveAccountCommand(LeaveAccountId.of(event.employeeId()),
                    event.lastDay()));
        } catch (RuntimeException e) {
            if (!ShiftAttendancePolicy.notFound(e)) {
                throw e;
            }
            // No account to close: nothing was ever opened for this employee.
        }
    }
}
