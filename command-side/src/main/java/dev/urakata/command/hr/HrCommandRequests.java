package dev.urakata.command.hr;

import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.EmailAddress;
import dev.urakata.shared.hr.EmployeeNumber;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The JSON bodies of the HR command endpoints, with the shape checks that come before any business rule. */
final class HrCommandRequests {

    private HrCommandRequests() {
    }

    record HireEmployee(
            @NotBlank @Size(max = EmployeeNumber.MAX_LENGTH)
            @Pattern(regexp = EmployeeNumber.FORM, message = EmployeeNumber.FORM_MESSAGE) String employeeNumber,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 100) String position,
            @NotNull EmploymentType employmentType,
            @PlausibleDate LocalDate contractEndDate,
            @NotNull @PlausibleDate LocalDate hireDate,
            @NotNull @PlausibleAmount Money monthlySalary) {
    }

    record ChangePosition(
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 100) String position,
            @NotNull @PlausibleDate LocalDate effectiveDate,
            @Size(max = 500) String reason) {
    }

    record ChangeSalary(
            @NotNull @PlausibleAmount Money monthlySalary,
            @NotNull @PlausibleDate LocalDate effectiveDate,
            @Size(max = 500) String reason) {
    }

    record RecordReview(
            @NotNull @PlausibleDate LocalDate reviewDate,
            @NotNull @Min(1) @Max(5) Integer rating,
            @NotBlank @Size(max = 100) String reviewer,
            @Size(max = 4000) String summary) {
    }

    record EnrolInBenefits(
            @NotBlank @Size(max = 64) String benefitPlan,
            @NotNull @PlausibleDate LocalDate effectiveDate) {
    }

    record Terminate(
            @NotNull TerminationReason reason,
            @NotNull @PlausibleDate LocalDate lastDay,
            @Size(max = 2000) String note) {
    }

    /** The answer to every HR command: which employee it concerned. */
    record EmployeeIdResponse(String employeeId) {
    }
}
