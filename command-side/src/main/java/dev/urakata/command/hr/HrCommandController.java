package dev.urakata.command.hr;

import dev.urakata.command.web.Commands;
import dev.urakata.shared.hr.ChangeEmployeePositionCommand;
import dev.urakata.shared.hr.ChangeEmployeeSalaryCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EnrolEmployeeInBenefitsCommand;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.hr.RecordPerformanceReviewCommand;
import dev.urakata.shared.hr.TerminateEmployeeCommand;
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
 * HR's decisions about employees, as intent-revealing POSTs. Roles: ADMIN, HR.
 */
@RestController
@RequestMapping(path = "/api/hr/employees", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
@Tag(name = "HR commands", description = "Hire, move, pay, review, enrol and terminate employees. Roles: ADMIN, HR.")
class HrCommandController {

    private final Commands commands;
    private final OwnRecords ownRecords;

    HrCommandController(Commands commands, OwnRecords ownRecords) {
        this.commands = commands;
        this.ownRecords = ownRecords;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Hire an employee", description = "201 with the new employee's id and Location.")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> hire(@Valid @RequestBody HrCommandRequests.HireEmployee request) {
        EmployeeId id = EmployeeId.newId();
        return commands.create(new HireEmployeeCommand(id, request.employeeNumber(), request.givenName(),
                request.familyName(), request.email(), request.department(), request.position(),
                request.employmentType(), request.contractEndDate(), request.hireDate(), request.monthlySalary()),
                "/api/hr/employees/" + id, new HrCommandRequests.EmployeeIdResponse(id.value()));
    }

    @PostMapping("/{employeeId}/position-changes")
    @Operation(summary = "Move an employee to another position or department")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> changePosition(@PathVariable EmployeeId employeeId,
                                     @Valid @RequestBody HrCommandRequests.ChangePosition request,
                                     Authentication user) {
        return send(user, employeeId, "position-changes", new ChangeEmployeePositionCommand(
                employeeId, request.department(), request.position(), request.effectiveDate(),
                request.reason()));
    }

    @PostMapping("/{employeeId}/salary-changes")
    @Operation(summary = "Change an employee's monthly salary from an effective date")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> changeSalary(@PathVariable EmployeeId employeeId,
                                   @Valid @RequestBody HrCommandRequests.ChangeSalary request,
                                   Authentication user) {
        return send(user, employeeId, "salary-changes", new ChangeEmployeeSalaryCommand(
                employeeId, request.monthlySalary(), request.effectiveDate(), request.reason()));
    }

    @PostMapping("/{employeeId}/performance-reviews")
    @Operation(summary = "Record a performance review")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> recordReview(@PathVariable EmployeeId employeeId,
                                   @Valid @RequestBody HrCommandRequests.RecordReview request,
                                   Authentication user) {
        return send(user, employeeId, "performance-reviews", new RecordPerformanceReviewCommand(
                employeeId, request.reviewDate(), request.rating(), request.reviewer(), request.summary()));
    }

    @PostMapping("/{employeeId}/benefit-enrolments")
    @Operation(summary = "Enrol an employee in a benefit plan")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> enrol(@PathVariable EmployeeId employeeId,
                            @Valid @RequestBody HrCommandRequests.EnrolInBenefits request,
                            Authentication user) {
        return send(user, employeeId, "benefit-enrolments", new EnrolEmployeeInBenefitsCommand(
                employeeId, request.benefitPlan(), request.effectiveDate()));
    }

    @PostMapping("/{employeeId}/terminate")
    @Operation(summary = "Terminate an employment")
    ResponseEntity<HrCommandRequests.EmployeeIdResponse> terminate(@PathVariable EmployeeId employeeId,
                                @Valid @RequestBody HrCommandRequests.Terminate request,
                                Authentication user) {
        return send(user, employeeId, "terminate", new TerminateEmployeeCommand(
                employeeId, request.reason(), request.lastDay(), request.note()));
    }

    private ResponseEntity<HrCommandRequests.EmployeeIdResponse> send(Authentication user, EmployeeId employeeId, String action, Object command) {
        // Every change here is to an employee's pay, position, employment or review: never one's own.
        ownRecords.refuseOwn(user, employeeId, "employee record (" + action + ")");
        return commands.send(command, new HrCommandRequests.EmployeeIdResponse(employeeId.value()));
    }
}
