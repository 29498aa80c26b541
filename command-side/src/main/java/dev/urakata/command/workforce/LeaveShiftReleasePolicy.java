package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Approved leave takes the employee off every shift it overlaps: one {@link UnassignEmployeeFromShiftCommand} with
 * reason {@link UnassignmentReason#LEAVE} per overlapping assignment, found in {@link ShiftAssignmentsView}.
 *
 * <p>The commands are sent without waiting: the schedule may rightly refuse one (the employee was taken off that
 * shift in the meantime, or the shift is already over), and such a refusal must not hold up the leave or the other
 * shifts. A refusal is logged. A redelivered approval asks again; taking someone off a shift they are no longer on
 * is refused by the schedule and changes nothing.
 */
@Component
@ProcessingGroup(LeaveShiftReleasePolicy.PROCESSING_GROUP)
class LeaveShiftReleasePolicy {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "leave-shift-release-policy";

    private static final Logger log = LoggerFactory.getLogger(LeaveShiftReleasePolicy.class);

    private final CommandGateway commands;
    private final ShiftAssignmentsView assignments;

    LeaveShiftReleasePolicy(CommandGateway commands, ShiftAssignmentsView assignments) {
        this.commands = commands;
        this.assignments = assignments;
    }

    @EventHandler
    void on(LeaveApprovedEvent event) {
        for (ShiftAssignmentsView.Assignment assignment : assignments.overlapping(event.employeeId(),
                event.firstDay(), event.lastDay())) {
            commands.send(new UnassignEmployeeFromShiftCommand(assignment.scheduleId(), assignment.shiftId(),
                    event.employeeId(), UnassignmentReason.LEAVE, "leave request " + event.requestId()))
                    .exceptionally(failure -> {
                        log.warn("Could not take employee {} off shift {} for leave {}: {}", event.employeeId(),
                                assignment.shiftId(), event.requestId(), failure.getMessage());
                        return null;
                    });
        }
    }
}
