package dev.urakata.command.workforce;

import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ClockInCommand;
import dev.urakata.shared.workforce.ClockOutCommand;
import dev.urakata.shared.workforce.ShiftId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Clocking in and out of a published shift. Roles: ADMIN, HR, MANAGER for any employee (with a note, optionally
 * a past time); EMPLOYEE for themselves, at the current time.
 */
@JsonApi("/api/workforce/shifts/{shiftId}")
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'EMPLOYEE')")
@Tag(name = "Attendance commands", description = "Clock in and out of shifts. Roles: ADMIN, HR, MANAGER; "
        + "EMPLOYEE for themselves.")
class AttendanceCommandController {

    /** Clocks drift: a time a few seconds ahead of this server is not "in the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private final Commands commands;
    private final WorkforceActors actors;
    private final Clock clock;

    AttendanceCommandController(Commands commands, WorkforceActors actors, Optional<Clock> clock) {
        this.commands = commands;
        this.actors = actors;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PostMapping("/clock-in")
    @Operation(summary = "Clock in on a shift", description = "409 if already clocked in or the shift is cancelled, "
            + "missed or over; 422 if not on the roster.")
    ResponseEntity<WorkforceTimeRequests.ClockResponse> clockIn(@PathVariable ShiftId shiftId,
                              @Valid @RequestBody(required = false) WorkforceTimeRequests.Clock request,
                              Authentication user) {
        return clock(shiftId, request, user, (employee, at, body) ->
                new ClockInCommand(shiftId, employee, at, user.getName(), body.note()));
    }

    @PostMapping("/clock-out")
    @Operation(summary = "Clock out of a shift", description = "409 if not clocked in or already clocked out.")
    ResponseEntity<WorkforceTimeRequests.ClockResponse> clockOut(@PathVariable ShiftId shiftId,
                               @Valid @RequestBody(required = false) WorkforceTimeRequests.Clock request,
                               Authentication user) {
        return clock(shiftId, request, user, (employee, at, body) ->
                new ClockOutCommand(shiftId, employee, at, user.getName(), body.note()));
    }

    /** Employees clock at the server's time; somebody recording for them may give a past time and must say why. */
    private Instant at(WorkforceActors.Actor actor, WorkforceTimeRequests.Clock body) {
        Instant now = clock.instant();
        if (!actor.forOthers()) {
            if (body.at() != null) {
                throw new DomainException(CommonErrors.FORBIDDEN, "Employees clock at the current time; "
                        + "only a manager records a time for somebody");
            }
            return now;
        }
        if (body.note() == null || body.note().isBlank()) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "note is required when recording for somebody else");
        }
        if (body.at() != null && body.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "at must not be in the future");
        }
        return body.at() == null ? now : body.at();
    }

    /** Who clocks, when, and the one send both clock endpoints share. */
    private ResponseEntity<WorkforceTimeRequests.ClockResponse> clock(ShiftId shiftId, WorkforceTimeRequests.Clock request, Authentication user,
                                    ClockCommand command) {
        WorkforceTimeRequests.Clock body = request == null ? WorkforceTimeRequests.Clock.SELF_NOW : request;
        WorkforceActors.Actor actor = actors.resolve(user, body.employeeId());
        Instant at = at(actor, body);
        return commands.send(command.of(actor.employee(), at, body),
                new WorkforceTimeRequests.ClockResponse(shiftId.value(), actor.employee().value()));
    }

    /** Makes the clock-in or clock-out command. */
    @FunctionalInterface
    private interface ClockCommand {
        Object of(EmployeeId employee, Instant at, WorkforceTimeRequests.Clock body);
    }
}
