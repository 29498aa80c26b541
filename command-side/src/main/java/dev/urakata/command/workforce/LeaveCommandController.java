package dev.urakata.command.workforce;

import dev.urakata.command.web.Commands;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ApproveLeaveCommand;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.RejectLeaveCommand;
import dev.urakata.shared.workforce.RequestLeaveCommand;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/**
 * Leave requests, in the employee's leave account. Roles: request ADMIN, HR, MANAGER, EMPLOYEE (for themselves);
 * approve and reject ADMIN, HR, MANAGER (never one's own).
 */
@RestController
@RequestMapping(path = "/api/workforce/employees/{employeeId}/leave-requests",
        produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER')")
@Tag(name = "Leave commands", description = "Request leave (ADMIN, HR, MANAGER, EMPLOYEE for themselves); "
        + "approve or reject it (ADMIN, HR, MANAGER).")
class LeaveCommandController {

    private final Commands commands;
    private final WorkforceActors actors;

    LeaveCommandController(Commands commands, WorkforceActors actors) {
        this.commands = commands;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'EMPLOYEE')")
    @Operation(summary = "Request leave", description = "201 with the request id. 422 LEAVE_OVER_BALANCE for "
            + "vacation beyond the balance (unless the policy flags it); 409 LEAVE_OVERLAP.")
    ResponseEntity<WorkforceTimeRequests.LeaveRequestResponse> request(@PathVariable EmployeeId employeeId,
                              @Valid @RequestBody WorkforceTimeRequests.RequestLeave request,
                              Authentication user) {
        WorkforceActors.Actor actor = actors.resolve(user, employeeId);
        LeaveRequestId id = LeaveRequestId.newId();
        return commands.create(new RequestLeaveCommand(LeaveAccountId.of(actor.employee()), id, request.type(),
                request.firstDay(), request.lastDay(), user.getName(), request.note()),
                "/api/workforce/employees/" + employeeId + "/leave-requests/" + id,
                new WorkforceTimeRequests.LeaveRequestResponse(employeeId.value(), id.value()));
    }

    @PostMapping("/{requestId}/approve")
    @Operation(summary = "Approve a leave request", description = "Deducts vacation days; takes the employee off "
            + "overlapping shifts.")
    ResponseEntity<WorkforceTimeRequests.LeaveRequestResponse> approveLeave(@PathVariable EmployeeId employeeId, @PathVariable LeaveRequestId requestId,
                              Authentication user) {
        return commands.send(new ApproveLeaveCommand(LeaveAccountId.of(employeeId), requestId, user.getName(),
                        CurrentEmployee.employeeNumber(user)),
                new WorkforceTimeRequests.LeaveRequestResponse(employeeId.value(), requestId.value()));
    }

    @PostMapping(path = "/{requestId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a leave request", description = "With a reason.")
    ResponseEntity<WorkforceTimeRequests.LeaveRequestResponse> rejectLeave(@PathVariable EmployeeId employeeId, @PathVariable LeaveRequestId requestId,
                             @Valid @RequestBody WorkforceTimeRequests.Reject request,
                             Authentication user) {
        return commands.send(new RejectLeaveCommand(LeaveAccountId.of(employeeId), requestId, user.getName(),
                        CurrentEmployee.employeeNumber(user), request.reason()),
                new WorkforceTimeRequests.LeaveRequestResponse(employeeId.value(), requestId.value()));
    }
}
