package dev.urakata.command.finance;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The JSON bodies of the finance command endpoints, with the shape checks that come before any business rule. */
final class FinanceCommandRequests {

    /** Quantities above this are input errors, and refusing them keeps sums far from any overflow. */
    static final String MAX_QUANTITY = "1000000000";

    private FinanceCommandRequests() {
    }

    /** {@code paymentTermsDays}: days from issue to due when an invoice names no due date. */
    record RegisterCustomer(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as JPY") String currency,
            @NotNull @Min(0) @Max(365) Integer paymentTermsDays) {
    }

    /** Lines are numbered 1, 2, 3... in the order given; {@code contractId}, if given, is the contract it bills. */
    record DraftInvoice(
            @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an id (1-64 letters, digits, - or _)")
            String contractId) {
    }

    @Schema(name = "InvoiceLineRequest")

    record Line(
            @NotBlank @Size(max = 500) String description,
            @NotNull @Positive @DecimalMax(MAX_QUANTITY) BigDecimal quantity,
            @NotNull @PlausibleAmount Money unitPrice,
            @NotBlank @Size(max = 32) String taxCode) {
    }

    /** {@code dueDate} may be left out: then issue date plus the customer's payment terms. */
    record IssueInvoice(@NotNull @PlausibleDate LocalDate issueDate, @PlausibleDate LocalDate dueDate) {
    }

    record IssueCreditNote(
            @NotNull @PlausibleDate LocalDate issueDate,
            @NotBlank @Size(max = 500) String reason,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {
    }

    /** What is not allocated stays with the customer as credit. */
    record RecordPayment(
            @NotNull @PlausibleAmount Money amount,
            @NotNull @PlausibleDate LocalDate receivedOn,
            @Size(max = 200) List<@Valid @NotNull Allocation> allocations) {
    }

    record Allocation(@NotNull InvoiceId invoiceId, @NotNull @PlausibleAmount Money amount) {
    }

    /** {@code amount} may be left out: then as much as possible (the smaller of credit held and outstanding). */
    record ApplyCredit(
            @PlausibleAmount Money amount,
            @NotNull @PlausibleDate LocalDate appliedOn) {
    }

    /** The answer to an application of customer credit. */
    record CreditApplicationResponse(String customerId, String invoiceId, String applicationId) {
    }

    /** A department's budget for a month; {@code thresholds} (percentages) default to 80 and 100. */
    record SetBudget(
            @NotBlank @Size(max = 100) String department,
            @NotNull YearMonth period,
            @NotNull @PlausibleAmount Money amount,
            @Size(min = 1, max = 10) List<@NotNull @Min(1) @Max(1000) Integer> thresholds) {
    }

    /** The answer to a budget being set or revised. */
    record BudgetResponse(String budgetId, String department, YearMonth period) {
    }

    /** The answer to customer commands. */
    record CustomerIdResponse(String customerId) {
    }

    /** The answer to invoice commands. */
    record InvoiceIdResponse(String customerId, String invoiceId) {
    }

    /** The answer to a credit note. */
    record CreditNoteIdResponse(String customerId, String invoiceId, String creditNoteId) {
    }

    /** The answer to a payment. */
    record PaymentIdResponse(String customerId, String paymentId) {
    }

    /** The answer to a period close. */
    record PeriodResponse(String periodId, boolean closed) {
    }
}
