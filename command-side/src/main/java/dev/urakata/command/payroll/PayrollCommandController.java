package dev.urakata.command.payroll;

import dev.urakata.command.hr.OwnRecords;
import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.payroll.AddOneOffPaymentCommand;
import dev.urakata.shared.payroll.AdoptPayPolicyCommand;
import dev.urakata.shared.payroll.ApprovePayrollRunCommand;
import dev.urakata.shared.payroll.CalculatePayrollRunCommand;
import dev.urakata.shared.payroll.ChangeIncomeTaxBracketsCommand;
import dev.urakata.shared.payroll.ChangePremiumRatesCommand;
import dev.urakata.shared.payroll.ChangeSocialContributionsCommand;
import dev.urakata.shared.payroll.ClosePayrollRunCommand;
import dev.urakata.shared.payroll.OpenCorrectionRunCommand;
import dev.urakata.shared.payroll.OpenPayrollRunCommand;
import dev.urakata.shared.payroll.PayPayrollRunCommand;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.RecordApprovedHoursCommand;
import dev.urakata.shared.payroll.RejectPayrollRunCommand;
import dev.urakata.shared.payroll.SubmitPayrollRunForReviewCommand;
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

import java.util.UUID;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pay policies and payroll runs. Roles: ADMIN, PAYROLL. */
@JsonApi("/api/payroll")
@PreAuthorize("hasAnyRole('ADMIN', 'PAYROLL')")
@Tag(name = "Payroll commands", description = "Pay policy changes and the payroll run lifecycle: open, inputs, "
        + "calculate, submit, approve (by another person), pay, close, correct. Roles: ADMIN, PAYROLL.")
class PayrollCommandController {

    private final Commands commands;
    private final OwnRecords ownRecords;

    PayrollCommandController(Commands commands, OwnRecords ownRecords) {
        this.commands = commands;
        this.ownRecords = ownRecords;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/policies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adopt a pay policy (its version 1)")
    ResponseEntity<PayrollCommandRequests.Created> adopt(@Valid @RequestBody PayrollCommandRequests.AdoptPolicy request) {
        PayPolicyId id = PayPolicyId.newId();
        return commands.create(new AdoptPayPolicyCommand(id, request.name(), request.effectiveFrom(), request.rules()),
                "/api/payroll/policies/" + id, new PayrollCommandRequests.Created(id.value()));
    }

    @PostMapping(path = "/policies/{policyId}/income-tax-brackets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the income-tax table from an effective date (a new policy version)")
    ResponseEntity<PayrollCommandRequests.Created> changeBrackets(@PathVariable PayPolicyId policyId,
                                     @Valid @RequestBody PayrollCommandRequests.ChangeBrackets request) {
        return send(policyId.value(), new ChangeIncomeTaxBracketsCommand(policyId, request.effectiveFrom(),
                request.brackets(),
                        request.reason()));
    }

    @PostMapping(path = "/policies/{policyId}/social-contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change social contribution rates and ceiling from an effective date (a new version)")
    ResponseEntity<PayrollCommandRequests.Created> changeSocial(@PathVariable PayPolicyId policyId,
                                   @Valid @RequestBody PayrollCommandRequests.ChangeSocialContributions request) {
        return send(policyId.value(), new ChangeSocialContributionsCommand(policyId, request.effectiveFrom(),
                request.employeeRate(),
                        request.employerRate(), request.monthlyCeiling(), request.reason()));
    }

    @PostMapping(path = "/policies/{policyId}/premium-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change standard hours and premium rates from an effective date (a new version)")
    ResponseEntity<PayrollCommandRequests.Created> changePremiums(@PathVariable PayPolicyId policyId,
                                     @Valid @RequestBody PayrollCommandRequests.ChangePremiumRates request) {
        return send(policyId.value(), new ChangePremiumRatesCommand(policyId, request.effectiveFrom(),
                request.standardMonthlyHours(),
                        request.overtimeMultiplier(), request.nightPremiumRate(), request.holidayMultiplier(),
                        request.reason()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open the regular payroll run of a month", description = "One regular run per month.")
    ResponseEntity<PayrollCommandRequests.Created> open(@Valid @RequestBody PayrollCommandRequests.OpenRun request) {
        PayrollRunId id = PayrollRunId.newId();
        return commands.create(new OpenPayrollRunCommand(id, request.policyId(), request.period()),
                "/api/payroll/runs/" + id, new PayrollCommandRequests.Created(id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/runs/{runId}/corrections")
    @Operation(summary = "Open a correction run for a closed run", description = "It pays the difference between "
            + "what is due now and what the corrected run paid.")
    ResponseEntity<PayrollCommandRequests.Created> correct(@PathVariable PayrollRunId runId) {
        PayrollRunId id = PayrollRunId.newId();
        return commands.create(new OpenCorrectionRunCommand(id, runId), "/api/payroll/runs/" + id,
                new PayrollCommandRequests.Created(id.value()));
    }

    @PostMapping(path = "/runs/{runId}/one-offs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a one-off bonus or deduction for an employee")
    ResponseEntity<PayrollCommandRequests.Created> oneOff(@PathVariable PayrollRunId runId,
                             @Valid @RequestBody PayrollCommandRequests.OneOff request,
                             Authentication user) {
        ownRecords.refuseOwn(user, request.employeeId(), "pay (a one-off payment)");
        commands.requireReference(request.employeeId(), Kind.EMPLOYEE, "employeeId");
        return send(runId.value(), new AddOneOffPaymentCommand(
                runId, UUID.randomUUID().toString(), request.employeeId(), request.kind(), request.amount(),
                request.description()));
    }

    @PostMapping(path = "/runs/{runId}/hours", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an employee's approved overtime, night and holiday hours")
    ResponseEntity<PayrollCommandRequests.Created> hours(@PathVariable PayrollRunId runId,
                            @Valid @RequestBody PayrollCommandRequests.Hours request,
                            Authentication user) {
        ownRecords.refuseOwn(user, request.employeeId(), "pay (approved hours)");
        commands.requireReference(request.employeeId(), Kind.EMPLOYEE, "employeeId");
        return send(runId.value(), new RecordApprovedHoursCommand(
                runId, UUID.randomUUID().toString(), request.employeeId(), request.overtimeHours(),
                request.nightHours(), request.holidayHours(), request.source()));
    }

    @PostMapping("/runs/{runId}/calculate")
    @Operation(summary = "Calculate (or recalculate) every payslip of the run")
    ResponseEntity<PayrollCommandRequests.Created> calculate(@PathVariable PayrollRunId runId) {
        return send(runId.value(), new CalculatePayrollRunCommand(runId));
    }

    @PostMapping("/runs/{runId}/submit")
    @Operation(summary = "Submit a calculated run for review")
    ResponseEntity<PayrollCommandRequests.Created> submit(@PathVariable PayrollRunId runId) {
        return send(runId.value(), new SubmitPayrollRunForReviewCommand(runId));
    }

    @PostMapping("/runs/{runId}/approve")
    @Operation(summary = "Approve a run in review", description = "Not by whoever calculated it. The body is "
            + "optional: a comment the approver wants on record.")
    ResponseEntity<PayrollCommandRequests.Created> approve(@PathVariable PayrollRunId runId,
            @Valid @RequestBody(required = false) PayrollCommandRequests.Approve request) {
        return send(runId.value(), new ApprovePayrollRunCommand(runId, request == null ? null : request.comment()));
    }

    @PostMapping(path = "/runs/{runId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a run in review back, saying what is to be corrected",
            description = "Not by whoever calculated it (who may simply calculate it again). The run is then "
                    + "calculated again, or submitted again as it is.")
    ResponseEntity<PayrollCommandRequests.Created> reject(@PathVariable PayrollRunId runId,
            @Valid @RequestBody PayrollCommandRequests.Reject request) {
        return send(runId.value(), new RejectPayrollRunCommand(runId, request.reason()));
    }

    @PostMapping(path = "/runs/{runId}/pay", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that an approved run was paid")
    ResponseEntity<PayrollCommandRequests.Created> pay(@PathVariable PayrollRunId runId, @Valid @RequestBody PayrollCommandRequests.Pay request) {
        return send(runId.value(), new PayPayrollRunCommand(runId, request.paymentDate()));
    }

    @PostMapping("/runs/{runId}/close")
    @Operation(summary = "Close a paid run; it is never rewritten afterwards")
    ResponseEntity<PayrollCommandRequests.Created> close(@PathVariable PayrollRunId runId) {
        return send(runId.value(), new ClosePayrollRunCommand(runId));
    }

    private ResponseEntity<PayrollCommandRequests.Created> send(String id, Object command) {
        return commands.send(command, new PayrollCommandRequests.Created(id));
    }

}
