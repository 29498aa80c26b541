package dev.urakata.command.payroll;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.TaxBracket;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The JSON bodies of the payroll command endpoints. */
final class PayrollCommandRequests {

    private PayrollCommandRequests() {
    }

    record AdoptPolicy(
            @NotBlank @Size(max = 100) String name,
            @NotNull @PlausibleDate LocalDate effectiveFrom,
            @NotNull PayPolicyRules rules) {
    }

    record ChangeBrackets(
            @NotNull @PlausibleDate LocalDate effectiveFrom,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull TaxBracket> brackets,
            @NotBlank @Size(max = 500) String reason) {
    }

    record ChangeSocialContributions(
            @NotNull @PlausibleDate LocalDate effectiveFrom,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal employeeRate,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal employerRate,
            @NotNull @PlausibleAmount Money monthlyCeiling,
            @NotBlank @Size(max = 500) String reason) {
    }

    record ChangePremiumRates(
            @NotNull @PlausibleDate LocalDate effectiveFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("744") BigDecimal standardMonthlyHours,
            @NotNull @DecimalMin("1") @DecimalMax("10") BigDecimal overtimeMultiplier,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal nightPremiumRate,
            @NotNull @DecimalMin("1") @DecimalMax("10") BigDecimal holidayMultiplier,
            @NotBlank @Size(max = 500) String reason) {
    }

    record OpenRun(@NotNull PayPolicyId policyId, @NotNull YearMonth period) {
    }

    @Schema(name = "OneOffPayInput")

    record OneOff(
            @NotNull EmployeeId employeeId,
            @NotNull OneOffKind kind,
            @NotNull @PlausibleAmount Money amount,
            @Size(max = 200) String description) {
    }

    @Schema(name = "HoursPayInput")

    record Hours(
            @NotNull EmployeeId employeeId,
            @DecimalMin("0") @DecimalMax("744") BigDecimal overtimeHours,
            @DecimalMin("0") @DecimalMax("744") BigDecimal nightHours,
            @DecimalMin("0") @DecimalMax("744") BigDecimal holidayHours,
            @Size(max = 200) String source) {
    }

    @Schema(name = "PayrollRunApproval")
    record Approve(@Size(max = 500) String comment) {
    }

    @Schema(name = "PayrollRunRejection")
    record Reject(@NotBlank @Size(max = 500) String reason) {
    }

    record Pay(@NotNull @PlausibleDate LocalDate paymentDate) {
    }

    /** Answers a command that created something. */
    @Schema(name = "PayrollCreated")
    record Created(String id) {
    }

}
