package dev.urakata.command.workforce;

import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The end of an employment takes the leaver off every shift after the last day, in every schedule: one
 * {@link UnassignEmployeeFromShiftCommand} with reason {@link UnassignmentReason#EMPLOYMENT_ENDED} per shift, found
 * on the person's rota ({@link Rotas}, the command side's own record, not the query side). Each release is an event
 * of its schedule, so the manager's list of understaffed shifts shows the gap it leaves.
 *
 * <p>Shares the processor of {@link LeaveShiftReleasePolicy} (processors are a budget, and both release shifts).
 * The commands are sent without waiting, for the same reasons as there: a refusal (the shift was cancelled or the
 * person taken off meanwhile) is logged and holds up nothing; a redelivered termination asks again and changes
 * nothing.
 */
@Component
@ProcessingGroup(LeaveShiftReleasePolicy.PROCESSING_GROUP)
class EmploymentEndShiftReleasePolicy {

    private static final Logger log = LoggerFactory.getLogger(EmploymentEndShiftReleasePolicy.class);

    private final CommandGateway commands;
    private final Rotas rotas;

    EmploymentEndShiftReleasePolicy(CommandGateway commands, Rotas rotas) {
        this.commands = commands;
        this.rotas = rotas;
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event) {
        if (event.lastDay() == null) {
            return; // nothing to go by
        }
        for (Rotas.Entry entry : rotas.after(event.employeeId(), event.lastDay())) {
            commands.send(new UnassignEmployeeFromShiftCommand(entry.scheduleId(), entry.shift().shiftId(),
                            event.employeeId(), UnassignmentReason.EMPLOYMENT_ENDED,
                            "employment ended on " + event.lastDay()))
                    .exceptionally(failure -> {
                        log.warn("Could not take leaver {} off shift {}: {}", event.employeeId(),
                                entry.shift().shiftId(), failure.getMessage());
                        return null;
                    });
        }
    }
}
