package dev.urakata.command.finance;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.Commands;
import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.finance.ApproveExpenseClaimCommand;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ReimburseExpenseClaimCommand;
import dev.urakata.shared.finance.RejectExpenseClaimCommand;
import dev.urakata.shared.finance.SubmitExpenseClaimCommand;
import dev.urakata.shared.money.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Expense claims: an employee submits one for themselves (EMPLOYEE, MANAGER), a manager other than the submitter
 * approves or rejects it (MANAGER, ADMIN), finance reimburses it (FINANCE, ADMIN).
 */
@JsonApi("/api/finance/expense-claims")
@Tag(name = "Expense claims", description = "Submit (EMPLOYEE, MANAGER), approve or reject (MANAGER, ADMIN; not "
        + "the submitter), reimburse (FINANCE, ADMIN).")
class ExpenseClaimController {

    private final Commands commands;

    ExpenseClaimController(Commands commands) {
        this.commands = commands;
    }

    record Submit(
            @NotBlank @Size(max = 100) String department,
            @NotNull @PlausibleAmount Money amount,
            @NotNull @PlausibleDate LocalDate expenseDate,
            @NotBlank @Pattern(regexp = "[A-Z_]{1,32}", message = "must be an upper-case code such as TRAVEL")
            String category,
            @NotBlank @Size(max = 500) String description) {
    }

    @Schema(name = "RejectExpenseClaim")

    record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    record Reimburse(@NotNull @PlausibleDate LocalDate paidOn) {
    }

    /** The answer to expense claim commands. */
    record ClaimIdResponse(String claimId) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER')")
    @Operation(summary = "Submit an expense claim for yourself", description = "201 with the new claim's id.")
    ResponseEntity<ClaimIdResponse> submit(@Valid @RequestBody Submit request,
                             Authentication user) {
        ExpenseClaimId id = ExpenseClaimId.newId();
        return commands.create(new SubmitExpenseClaimCommand(id, CurrentEmployee.employeeNumber(user),
                request.department(), request.amount(), request.expenseDate(), request.category(),
                request.description()),
                "/api/finance/expense-claims/" + id, new ClaimIdResponse(id.value()));
    }

    @PostMapping("/{claimId}/approve")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Approve a submitted claim", description = "Not by its submitter (422 FOUR_EYES_REQUIRED).")
    ResponseEntity<ClaimIdResponse> approve(@PathVariable ExpenseClaimId claimId) {
        return commands.send(new ApproveExpenseClaimCommand(claimId), new ClaimIdResponse(claimId.value()));
    }

    @PostMapping(path = "/{claimId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Operation(summary = "Reject a submitted claim", description = "Not by its submitter.")
    ResponseEntity<ClaimIdResponse> reject(@PathVariable ExpenseClaimId claimId, @Valid @RequestBody Reject request) {
        return commands.send(new RejectExpenseClaimCommand(claimId, request.reason()),
                new ClaimIdResponse(claimId.value()));
    }

    @PostMapping(path = "/{claimId}/reimburse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    @Operation(summary = "Reimburse an approved claim")
    ResponseEntity<ClaimIdResponse> reimburse(@PathVariable ExpenseClaimId claimId, @Valid @RequestBody Reimburse request) {
        return commands.send(new ReimburseExpenseClaimCommand(claimId, request.paidOn()),
                new ClaimIdResponse(claimId.value()));
    }
}
