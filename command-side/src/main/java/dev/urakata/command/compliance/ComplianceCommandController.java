package dev.urakata.command.compliance;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.command.workforce.WorkforceEmployees;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.compliance.AcknowledgePolicyCommand;
import dev.urakata.shared.compliance.AssessRiskCommand;
import dev.urakata.shared.compliance.AssignTrainingCommand;
import dev.urakata.shared.compliance.CloseRiskCommand;
import dev.urakata.shared.compliance.CompleteTrainingCommand;
import dev.urakata.shared.compliance.IdentifyRiskCommand;
import dev.urakata.shared.compliance.PlanRiskMitigationCommand;
import dev.urakata.shared.compliance.PublishPolicyVersionCommand;
import dev.urakata.shared.compliance.RequestPolicyAcknowledgementCommand;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Compliance decisions. Roles: HR (and ADMIN) assign trainings and request policy acknowledgements; LEGAL (and
 * ADMIN) publish policies and keep the risk register; an EMPLOYEE completes trainings and acknowledges policies for
 * themselves only (403 for anybody else), HR may record a completion for anyone. COMPLIANCE sends nothing.
 */
@JsonApi("/api/compliance")
@PreAuthorize("hasAnyRole('ADMIN', 'LEGAL')")
@Tag(name = "Compliance commands", description = "Trainings and acknowledgement requests (ADMIN, HR); completions "
        + "(ADMIN, HR, EMPLOYEE for themselves); acknowledgements (EMPLOYEE for themselves); policies and the risk "
        + "register (ADMIN, LEGAL).")
class ComplianceCommandController {

    private final Commands commands;
    private final WorkforceEmployees employees;

    ComplianceCommandController(Commands commands, WorkforceEmployees employees) {
        this.commands = commands;
        this.employees = employees;
    }

    @PostMapping(path = "/employees/{employeeId}/trainings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    @Operation(summary = "Assign a training to an employee", description = "Overdue after the end of its due date. "
            + "Assigning one that is assigned and not completed records nothing. 404 when the id names no employee.")
    ResponseEntity<ComplianceCommandRequests.EmployeeItemResponse> assign(@PathVariable EmployeeId employeeId,
                             @Valid @RequestBody ComplianceCommandRequests.AssignTraining request) {
        // an employee's compliance record is created on first use, under an id derived from the employee's
        commands.requireExisting(employeeId, Kind.EMPLOYEE);
        return commands.send(new AssignTrainingCommand(employeeId, request.trainingCode(), request.dueDate()),
                new ComplianceCommandRequests.EmployeeItemResponse(employeeId.value(),
                request.trainingCode()));
    }

    @PostMapping(path = "/employees/{employeeId}/trainings/{trainingCode}/complete",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR', 'EMPLOYEE')")
    @Operation(summary = "Record that an employee completed a training", description = "EMPLOYEE: their own only.")
    ResponseEntity<ComplianceCommandRequests.EmployeeItemResponse> complete(@PathVariable EmployeeId employeeId, @PathVariable String trainingCode,
                               @Valid @RequestBody ComplianceCommandRequests.CompleteTraining request,
                               Authentication user) {
        if (!CurrentEmployee.hasRole(user, Roles.ADMIN) && !CurrentEmployee.hasRole(user, Roles.HR)) {
            requireSelf(user, employeeId);
        }
        return commands.send(new CompleteTrainingCommand(employeeId, trainingCode, request.completedOn()),
                new ComplianceCommandRequests.EmployeeItemResponse(employeeId.value(), trainingCode));
    }

    @PostMapping(path = "/employees/{employeeId}/acknowledgement-requests",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    @Operation(summary = "Ask an employee to acknowledge a policy version by a date",
            description = "Asking again for a version already requested records nothing. 404 when the id names no "
                    + "employee.")
    ResponseEntity<ComplianceCommandRequests.EmployeeItemResponse> requestAcknowledgement(@PathVariable EmployeeId employeeId,
                                             @Valid @RequestBody ComplianceCommandRequests.RequestAcknowledgement
                                                     request) {
        commands.requireExisting(employeeId, Kind.EMPLOYEE);
        return commands.send(new RequestPolicyAcknowledgementCommand(employeeId, request.policyCode(),
                request.version(),
                        request.dueDate()),
                new ComplianceCommandRequests.EmployeeItemResponse(employeeId.value(),
                request.policyCode()));
    }

    @PostMapping(path = "/employees/{employeeId}/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Operation(summary = "Acknowledge a requested policy version, today", description = "EMPLOYEE, for themselves "
            + "only (403 otherwise). 404 UNKNOWN_COMPLIANCE_ITEM if it was not requested.")
    ResponseEntity<ComplianceCommandRequests.EmployeeItemResponse> acknowledge(@PathVariable EmployeeId employeeId,
                                  @Valid @RequestBody ComplianceCommandRequests.Acknowledge request,
                                  Authentication user) {
        requireSelf(user, employeeId);
        return commands.send(new AcknowledgePolicyCommand(employeeId, request.policyCode(), request.version(),
                        LocalDate.now(ZoneOffset.UTC)),
                new ComplianceCommandRequests.EmployeeItemResponse(employeeId.value(),
                request.policyCode()));
    }

    @PostMapping(path = "/policies/{policyCode}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish a version of a policy", description = "The first version creates the policy; a "
            + "new version must be higher (409 POLICY_VERSION_CONFLICT). The code is the policy's id: 409 ID_IN_USE "
            + "when it is already the id of something else (a shift, say).")
    ResponseEntity<ComplianceCommandRequests.PolicyResponse> publish(@PathVariable String policyCode,
                              @Valid @RequestBody ComplianceCommandRequests.PublishPolicyVersion request) {
        commands.requireUnused(policyCode, Kind.COMPLIANCE_POLICY);
        return commands.send(new PublishPolicyVersionCommand(policyCode, request.title(), request.version(),
                        request.acknowledgementRequired()),
                new ComplianceCommandRequests.PolicyResponse(policyCode, request.version()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/risks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a risk to the register", description = "201 with the new risk's id.")
    ResponseEntity<ComplianceCommandRequests.RiskIdResponse> identify(@Valid @RequestBody ComplianceCommandRequests.IdentifyRisk request) {
        RiskId id = RiskId.newId();
        return commands.create(new IdentifyRiskCommand(id, request.title(), request.category(), request.owner()),
                "/api/compliance/risks?riskId=" + id, new ComplianceCommandRequests.RiskIdResponse(id.value()));
    }

    @PostMapping(path = "/risks/{riskId}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess or re-assess a risk", description = "Score = likelihood x impact (1-5 each).")
    ResponseEntity<ComplianceCommandRequests.RiskIdResponse> assess(@PathVariable RiskId riskId,
                             @Valid @RequestBody ComplianceCommandRequests.AssessRisk request) {
        return commands.send(new AssessRiskCommand(riskId, request.likelihood(), request.impact()),
                new ComplianceCommandRequests.RiskIdResponse(riskId.value()));
    }

    @PostMapping(path = "/risks/{riskId}/mitigation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan how a risk is mitigated, and by when")
    ResponseEntity<ComplianceCommandRequests.RiskIdResponse> mitigate(@PathVariable RiskId riskId,
                               @Valid @RequestBody ComplianceCommandRequests.PlanMitigation request) {
        return commands.send(new PlanRiskMitigationCommand(riskId, request.plan(), request.dueDate()),
                new ComplianceCommandRequests.RiskIdResponse(riskId.value()));
    }

    @PostMapping(path = "/risks/{riskId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a risk with a residual note", description = "409 RISK_CLOSED afterwards.")
    ResponseEntity<ComplianceCommandRequests.RiskIdResponse> close(@PathVariable RiskId riskId,
            @Valid @RequestBody ComplianceCommandRequests.CloseRisk request) {
        return commands.send(new CloseRiskCommand(riskId, request.residualNote()),
                new ComplianceCommandRequests.RiskIdResponse(riskId.value()));
    }

    /** An employee acts for themselves only: the employee their number maps to must be the one in the path. */
    private void requireSelf(Authentication user, EmployeeId employeeId) {
        WorkforceEmployees.Employment self = employees.findByNumber(CurrentEmployee.employeeNumber(user))
                .orElseThrow(() -> new DomainException(CommonErrors.FORBIDDEN,
                        "User " + user.getName() + " is not a known employee"));
        if (!self.employeeId().equals(employeeId)) {
            throw new DomainException(CommonErrors.FORBIDDEN, "An employee may only act for themselves");
        }
    }
}
