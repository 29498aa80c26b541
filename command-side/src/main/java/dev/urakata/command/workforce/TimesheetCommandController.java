package dev.urakata.command.workforce;

import dev.urakata.command.web.Commands;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.workforce.ApproveTimesheetCommand;
import dev.urakata.shared.workforce.RejectTimesheetCommand;
import dev.urakata.shared.workforce.SubmitTimesheetCommand;
import dev.urakata.shared.workforce.TimesheetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;


/**
 * Timesheets: submitted by the employee (or HR or a manager for them), approved or rejected by a manager who is
 * not the employee. Roles: submit ADMIN, HR, MANAGER, EMPLOYEE (for themselves); approve and reject ADMIN, MANAGER.
 */
@JsonApi("/api/workforce/timesheets")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
@Tag(name = "Timesheet commands", description = "Submit (ADMIN, HR, MANAGER, EMPLOYEE for themselves), "
        + "approve and reject (ADMIN, MANAGER; never one's own).")
class TimesheetCommandController {

    private final Commands commands;
    private final WorkforceActors actors;

    TimesheetCommandController(Commands commands, WorkforceActors actors) {
        this.commands = commands;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'EMPLOYEE')")
    @Operation(summary = "Submit a month's timesheet", description = "Computed from the employee's completed "
            + "attendance in the month. 201 with its id; 422 TIMESHEET_EMPTY if no shift was worked.")
    ResponseEntity<WorkforceTimeRequests.TimesheetResponse> submit(@Valid @RequestBody WorkforceTimeRequests.SubmitTimesheet request,
                             Authentication user) {
        WorkforceActors.Actor actor = actors.resolve(user, request.employeeId());
        TimesheetId id = TimesheetId.of(actor.employee(), request.period());
        return commands.create(new SubmitTimesheetCommand(id, actor.employee(), actor.employeeNumber(),
                request.period(), user.getName()),
                "/api/workforce/timesheets/" + id, new WorkforceTimeRequests.TimesheetResponse(id.value()));
    }

    @PostMapping("/{timesheetId}/approve")
    @Operation(summary = "Approve a submitted timesheet", description = "422 FOUR_EYES_REQUIRED for one's own.")
    ResponseEntity<WorkforceTimeRequests.TimesheetResponse> approveTimesheet(@PathVariable TimesheetId timesheetId,
                              Authentication user) {
        return commands.send(new ApproveTimesheetCommand(timesheetId, user.getName(),
                        CurrentEmployee.employeeNumber(user)),
                new WorkforceTimeRequests.TimesheetResponse(timesheetId.value()));
    }

    @PostMapping(path = "/{timesheetId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a submitted timesheet", description = "With a reason; it may be submitted again.")
    ResponseEntity<WorkforceTimeRequests.TimesheetResponse> rejectTimesheet(@PathVariable TimesheetId timesheetId,
                             @Valid @RequestBody WorkforceTimeRequests.Reject request,
                             Authentication user) {
        return commands.send(new RejectTimesheetCommand(timesheetId, user.getName(),
                CurrentEmployee.employeeNumber(user),
                        request.reason()),
                new WorkforceTimeRequests.TimesheetResponse(timesheetId.value()));
    }
}
