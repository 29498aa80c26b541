package dev.urakata.command.workforce;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.workforce.AddEmployeeToShiftRosterCommand;
import dev.urakata.shared.workforce.CancelShiftAttendanceCommand;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.OpenShiftAttendanceCommand;
import dev.urakata.shared.workforce.RemoveEmployeeFromShiftRosterCommand;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Keeps shift attendance in step with the schedule: opens it when a shift is published (with the configured grace
 * period), follows roster changes after publication, and cancels it with the shift.
 *
 * <p>Every command it sends is idempotent in the attendance aggregate (opening an open attendance, adding someone
 * already on the roster change nothing), so a redelivered or replayed event is harmless. Assignments to a shift
 * that was never published have no attendance to change and are skipped: the roster at publication comes with the
 * publication itself.
 */
@Component
@ProcessingGroup(ShiftAttendancePolicy.PROCESSING_GROUP)
class ShiftAttendancePolicy {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "shift-attendance-policy";

    private final CommandGateway commands;
    private final WorkforceTimeSettings settings;

    ShiftAttendancePolicy(CommandGateway commands, WorkforceTimeSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @EventHandler
    void on(ShiftPublishedEvent event) {
        commands.sendAndWait(new OpenShiftAttendanceCommand(event.shiftId(), event.scheduleId(), event.timeZone(),
                event.start(), event.end(), event.assigned(), settings.graceMinutes()));
    }

    @EventHandler
    void on(EmployeeAssignedToShiftEvent event) {
        ifPublished(new AddEmployeeToShiftRosterCommand(event.shiftId(), event.employeeId()));
    }

    @EventHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        ifPublished(new RemoveEmployeeFromShiftRosterCommand(event.shiftId(), event.employeeId()));
    }

    @EventHandler
    void on(ShiftCancelledEvent event) {
        ifPublished(new CancelShiftAttendanceCommand(event.shiftId(), event.reason()));
    }

    private void ifPublished(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!notFound(e)) {
                throw e;
            }
            // A draft shift: no attendance yet, and its publication will carry the roster.
        }
    }

    static boolean notFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateNotFoundException) {
                return true;
            }
            // The command bus turns it into a CommandExecutionException carrying the NOT_FOUND code.
            if (t instanceof CommandExecutionException failed && failed.getDetails()
                    .filter(d -> d instanceof ErrorDetails details && CommonErrors.NOT_FOUND.is(details))
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }
}
