package dev.urakata.command.workforce;

import dev.urakata.command.web.Commands;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.workforce.AddShiftCommand;
import dev.urakata.shared.workforce.ApproveShiftSwapCommand;
import dev.urakata.shared.workforce.AssignEmployeeToShiftCommand;
import dev.urakata.shared.workforce.CancelShiftCommand;
import dev.urakata.shared.workforce.ClaimOpenShiftCommand;
import dev.urakata.shared.workforce.CreateScheduleCommand;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.shared.workforce.OpenShiftForClaimsCommand;
import dev.urakata.shared.workforce.PublishScheduleCommand;
import dev.urakata.shared.workforce.RejectShiftSwapCommand;
import dev.urakata.shared.workforce.RequestShiftSwapCommand;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.SetConsecutiveDaysLimitCommand;
import dev.urakata.shared.workforce.SetMinimumRestCommand;
import dev.urakata.shared.workforce.SetWeeklyHoursLimitCommand;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.SwapId;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
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
 * Schedules, shifts, assignments, claims, swaps and labour rules, as intent-revealing POSTs. Roles: ADMIN, HR and
 * MANAGER plan and decide; EMPLOYEE claims open shifts and asks for swaps, for themselves only.
 */
@JsonApi("/api/workforce")
@Tag(name = "Workforce commands", description = "Schedules, shifts, assignments, claims, swaps and labour rules. "
        + "Roles: ADMIN, HR, MANAGER; EMPLOYEE claims and asks for swaps for themselves.")
class WorkforceCommandController {

    private static final String PLANNERS = "hasAnyRole('ADMIN', 'HR', 'MANAGER')";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Commands commands;
    private final WorkforceEmployees employees;

    WorkforceCommandController(Commands commands, WorkforceEmployees employees) {
        this.commands = commands;
        this.employees = employees;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/schedules", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Create a schedule", description = "A team's shifts at a location for at most three months. "
            + "201 with the new schedule's id and Location.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> create(@Valid @RequestBody WorkforceCommandRequests.CreateSchedule request) {
        ScheduleId id = ScheduleId.newId();
        return commands.create(new CreateScheduleCommand(id, request.location(), request.team(),
                request.firstDay(), request.lastDay(), request.timeZone()),
                "/api/workforce/schedules/" + id, answer(id, null, null, null));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/schedules/{scheduleId}/shifts", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add a shift", description = "201 with the shift's id (the caller's, or a new one) and "
            + "Location. On a published schedule the shift is published at once.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> addShift(@PathVariable ScheduleId scheduleId,
                               @Valid @RequestBody WorkforceCommandRequests.AddShift request) {
        ShiftId shiftId = request.shiftId() != null ? request.shiftId() : ShiftId.newId();
        return commands.create(new AddShiftCommand(scheduleId, shiftId, request.start(), request.end(),
                request.position(), request.requiredHeadcount()),
                "/api/workforce/shifts/" + shiftId, answer(scheduleId, shiftId, null, null));
    }

    @PostMapping(path = "/schedules/{scheduleId}/shifts/{shiftId}/cancel", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Cancel a shift")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> cancel(@PathVariable ScheduleId scheduleId, @PathVariable ShiftId shiftId,
                             @Valid @RequestBody WorkforceCommandRequests.CancelShift request) {
        return send(scheduleId, new CancelShiftCommand(scheduleId, shiftId, request.reason()), answer(scheduleId,
                shiftId, null, null));
    }

    @PostMapping(path = "/schedules/{scheduleId}/shifts/{shiftId}/assignments", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Put an employee on a shift", description = "Checked against the employment and the labour "
            + "rules; overtimeApproved approves going over the weekly hours limit.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> assign(@PathVariable ScheduleId scheduleId, @PathVariable ShiftId shiftId,
                             @Valid @RequestBody WorkforceCommandRequests.Assign request) {
        return send(scheduleId, new AssignEmployeeToShiftCommand(scheduleId, shiftId, request.employeeId(),
                        Boolean.TRUE.equals(request.overtimeApproved())), answer(scheduleId, shiftId,
                                request.employeeId(), null));
    }

    @PostMapping(path = "/schedules/{scheduleId}/shifts/{shiftId}/unassign", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Take an employee off a shift")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> unassign(@PathVariable ScheduleId scheduleId, @PathVariable ShiftId shiftId,
                               @Valid @RequestBody WorkforceCommandRequests.Unassign request) {
        UnassignmentReason reason = request.reason() != null ? request.reason() : UnassignmentReason.MANAGER;
        return send(scheduleId, new UnassignEmployeeFromShiftCommand(scheduleId, shiftId, request.employeeId(), reason,
                        request.note()), answer(scheduleId, shiftId, request.employeeId(), null));
    }

    @PostMapping("/schedules/{scheduleId}/publish")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Publish a schedule", description = "Its shifts become binding. No body.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> publish(@PathVariable ScheduleId scheduleId) {
        return send(scheduleId, new PublishScheduleCommand(scheduleId), answer(scheduleId, null, null, null));
    }

    @PostMapping("/schedules/{scheduleId}/shifts/{shiftId}/open")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Open a published shift's free places for claims", description = "No body.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> open(@PathVariable ScheduleId scheduleId, @PathVariable ShiftId shiftId) {
        return send(scheduleId, new OpenShiftForClaimsCommand(scheduleId, shiftId), answer(scheduleId, shiftId, null,
                null));
    }

    @PostMapping("/schedules/{scheduleId}/shifts/{shiftId}/claim")
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Operation(summary = "Claim a free place on an open shift, for yourself", description = "Role EMPLOYEE. No body.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> claim(@PathVariable ScheduleId scheduleId, @PathVariable ShiftId shiftId,
                            Authentication user) {
        EmployeeId self = self(user);
        return send(scheduleId, new ClaimOpenShiftCommand(scheduleId, shiftId, self), answer(scheduleId, shiftId,
                self, null));
    }

    @PostMapping(path = "/schedules/{scheduleId}/swaps", consumes = JSON)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'EMPLOYEE')")
    @Operation(summary = "Ask to hand a shift over to another employee",
            description = "An EMPLOYEE asks only for their own shifts. Answers the new swap's id.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> requestSwap(@PathVariable ScheduleId scheduleId,
                                  @Valid @RequestBody WorkforceCommandRequests.RequestSwap request,
                                  Authentication user) {
        EmployeeId from = request.fromEmployeeId();
        if (isPlainEmployee(user)) {
            EmployeeId self = self(user);
            if (from != null && !from.equals(self)) {
                throw new DomainException(CommonErrors.FORBIDDEN, "An employee may only hand over their own shifts");
            }
            from = self;
        } else if (from == null) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "fromEmployeeId is required");
        }
        EmployeeId fromEmployee = from;
        SwapId swapId = SwapId.newId();
        return commands.send(new RequestShiftSwapCommand(scheduleId, swapId, request.shiftId(),
                fromEmployee, request.toEmployeeId()),
                answer(scheduleId, request.shiftId(), fromEmployee, swapId));
    }

    @PostMapping(path = "/schedules/{scheduleId}/swaps/{swapId}/approve", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Approve a swap", description = "The employee leaves the shift and the other takes it "
            + "over, checked like an assignment.")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> approveSwap(@PathVariable ScheduleId scheduleId, @PathVariable SwapId swapId,
                                  @Valid @RequestBody WorkforceCommandRequests.ApproveSwap request) {
        return send(scheduleId, new ApproveShiftSwapCommand(scheduleId, swapId,
                Boolean.TRUE.equals(request.overtimeApproved())), answer(scheduleId, null, null, swapId));
    }

    @PostMapping(path = "/schedules/{scheduleId}/swaps/{swapId}/reject", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Reject a swap")
    ResponseEntity<WorkforceCommandRequests.ScheduleResponse> rejectSwap(@PathVariable ScheduleId scheduleId, @PathVariable SwapId swapId,
                                 @Valid @RequestBody WorkforceCommandRequests.RejectSwap request) {
        return send(scheduleId, new RejectShiftSwapCommand(scheduleId, swapId, request.reason()), answer(scheduleId,
                null, null, swapId));
    }

    @PostMapping(path = "/labour-rules/weekly-hours", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add or change the weekly hours limit and its overtime policy")
    ResponseEntity<WorkforceCommandRequests.RuleResponse> weeklyHours(@Valid @RequestBody WorkforceCommandRequests.WeeklyHours request) {
        return commands.send(new SetWeeklyHoursLimitCommand(LabourRulesId.COMPANY, request.maxHours(),
                request.overtimePolicy()),
                rule(LabourRule.WEEKLY_HOURS));
    }

    @PostMapping(path = "/labour-rules/minimum-rest", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add or change the minimum rest between two shifts")
    ResponseEntity<WorkforceCommandRequests.RuleResponse> minimumRest(@Valid @RequestBody WorkforceCommandRequests.MinimumRest request) {
        return commands.send(new SetMinimumRestCommand(LabourRulesId.COMPANY, request.minHours(), request.mode()),
                rule(LabourRule.MINIMUM_REST));
    }

    @PostMapping(path = "/labour-rules/consecutive-days", consumes = JSON)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add or change the maximum consecutive working days")
    ResponseEntity<WorkforceCommandRequests.RuleResponse> consecutiveDays(@Valid @RequestBody WorkforceCommandRequests.ConsecutiveDays request) {
        return commands.send(new SetConsecutiveDaysLimitCommand(LabourRulesId.COMPANY, request.maxDays(),
                request.mode()),
                rule(LabourRule.CONSECUTIVE_DAYS));
    }

    /** The employee the signed-in EMPLOYEE is; 422 while scheduling has not seen their hire. */
    private EmployeeId self(Authentication user) {
        String number = CurrentEmployee.employeeNumber(user);
        return employees.findByNumber(number).map(WorkforceEmployees.Employment::employeeId).orElseThrow(() ->
                new DomainException(HrErrors.UNKNOWN_EMPLOYEE, "No employee with number " + number
                        + " is known to scheduling"));
    }

    /** An EMPLOYEE without a planning role acts only for themselves. */
    private static boolean isPlainEmployee(Authentication user) {
        return CurrentEmployee.hasRole(user, Roles.EMPLOYEE) && !CurrentEmployee.hasRole(user, Roles.ADMIN)
                && !CurrentEmployee.hasRole(user, Roles.HR) && !CurrentEmployee.hasRole(user, Roles.MANAGER);
    }

    private <B> ResponseEntity<B> send(ScheduleId scheduleId, Object command, B answer) {
        return commands.send(command, answer);
    }

    private static WorkforceCommandRequests.ScheduleResponse answer(ScheduleId scheduleId, ShiftId shiftId,
                                                                    EmployeeId employeeId, SwapId swapId) {
        return new WorkforceCommandRequests.ScheduleResponse(scheduleId.value(),
                shiftId == null ? null : shiftId.value(), employeeId == null ? null : employeeId.value(),
                swapId == null ? null : swapId.value());
    }

    private static WorkforceCommandRequests.RuleResponse rule(LabourRule rule) {
        return new WorkforceCommandRequests.RuleResponse(LabourRulesId.COMPANY.value(), rule.name());
    }
}
