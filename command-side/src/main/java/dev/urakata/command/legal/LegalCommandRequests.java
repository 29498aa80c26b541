package dev.urakata.command.legal;

import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The JSON bodies of the legal command endpoints, with the shape checks that come before any business rule. */
final class LegalCommandRequests {

    private LegalCommandRequests() {
    }

    /**
     * {@code endDate} may be left out for an open-ended contract; {@code billing} is for CUSTOMER contracts only, left
     * out when the contract is not invoiced.
     */
    record DraftContract(
            @NotNull ContractKind kind,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an id (1-64 letters, digits, - or _)")
            String counterpartyId,
            @NotBlank @Size(max = 200) String title,
            @NotNull @PlausibleDate LocalDate startDate,
            @PlausibleDate LocalDate endDate,
            @Valid BillingTerms billing) {
    }

    /**
     * A customer contract's value (net of tax, in the customer's currency) and plan: {@code months} invoices a
     * month apart for MONTHLY (required), one for ONE_OFF (may be left out); {@code taxCode} defaults to STANDARD.
     */
    record BillingTerms(
            @NotNull @PlausibleAmount Money value,
            @NotNull BillingPlan plan,
            @Min(1) @Max(ContractBilling.MAX_MONTHS) Integer months,
            @Size(max = 32) String taxCode) {

        ContractBilling terms() {
            int count = months != null ? months : plan == BillingPlan.ONE_OFF ? 1 : 0;
            return new ContractBilling(value, plan, count, taxCode == null ? "STANDARD" : taxCode);
        }
    }

    record SignContract(@NotNull @PlausibleDate LocalDate signedOn) {
    }

    record RenewContract(@NotNull @PlausibleDate LocalDate newEndDate) {
    }

    record TerminateContract(@NotNull @PlausibleDate LocalDate terminatedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record OpenCase(
            @NotNull LegalCaseKind kind,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an id (1-64 letters, digits, - or _)")
            String counterpartyId,
            @NotBlank @Size(max = 200) String subject,
            @Size(max = 200) String reference) {
    }

    record CaseNote(@NotBlank @Size(max = 2000) String note) {
    }

    record CaseStatus(@NotNull LegalCaseStatus status, @Size(max = 2000) String note) {
    }

    /** The answer to contract commands. */
    record ContractIdResponse(String contractId) {
    }

    /** The answer to legal case commands. */
    record CaseIdResponse(String caseId) {
    }
}
