package dev.urakata.query.payroll;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.JsonApi;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.payroll.ExplainPayslipQuery;
import dev.urakata.shared.payroll.FindPayrollRegisterQuery;
import dev.urakata.shared.payroll.FindPayslipQuery;
import dev.urakata.shared.payroll.ListPayrollRunsQuery;
import dev.urakata.shared.payroll.ListPayslipsQuery;
import dev.urakata.shared.payroll.PayrollCostPage;
import dev.urakata.shared.payroll.PayrollCostsQuery;
import dev.urakata.shared.payroll.PayrollRegister;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunPage;
import dev.urakata.shared.payroll.PayrollRunStatus;
import dev.urakata.shared.payroll.PayslipDetails;
import dev.urakata.shared.payroll.PayslipExplanation;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipPage;
import dev.urakata.shared.payroll.WithholdingPage;
import dev.urakata.shared.payroll.WithholdingsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Payroll views. Runs and payslips hold personal data: ADMIN, PAYROLL, FINANCE, COMPLIANCE. Costs and
 * withholdings are aggregates without personal data: ANALYST reads them too. Every view takes {@code asOf} (an ISO
 * date or instant) and then answers as the system knew it at that moment.
 */
@JsonApi("/api/payroll")
@Tag(name = "Payroll views", description = "Runs and their registers, payslips with explanations and year-to-date "
        + "figures (ADMIN, PAYROLL, FINANCE, COMPLIANCE); cost per department and withholdings per month (also "
        + "ANALYST). Every view takes asOf.")
class PayrollQueryController {

    private static final String PERSONAL = "hasAnyRole('ADMIN', 'PAYROLL', 'FINANCE', 'COMPLIANCE')";
    private static final String AGGREGATE = "hasAnyRole('ADMIN', 'PAYROLL', 'FINANCE', 'COMPLIANCE', 'ANALYST')";

    private final ReadQueries queries;

    PayrollQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/runs")
    @PreAuthorize(PERSONAL)
    @Operation(summary = "Payroll runs by period, optionally in one status")
    PayrollRunPage runs(@RequestParam(required = false) PayrollRunStatus status,
                        @RequestParam(required = false) String asOf,
                        Paging paging) {
        return queries.answer(new ListPayrollRunsQuery(status, asOf(asOf), paging.page(), paging.size()),
                PayrollRunPage.class);
    }

    @GetMapping("/runs/{runId}")
    @PreAuthorize(PERSONAL)
    @Operation(summary = "The register of a run: status, totals, one row per payslip, and whether they agree")
    PayrollRegister register(@PathVariable PayrollRunId runId, @RequestParam(required = false) String asOf) {
        return queries.found(new FindPayrollRegisterQuery(runId, asOf(asOf)), PayrollRegister.class,
                "No payroll run with id " + runId);
    }

    @GetMapping("/payslips")
    @PreAuthorize(PERSONAL)
    @Operation(summary = "An employee's payslips by period, each as its latest calculation shows it")
    PayslipPage payslips(@RequestParam EmployeeId employeeId, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) String asOf,
                         Paging paging) {
        if (year != null && (year < 1900 || year > 9999)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "year must be between 1900 and 9999");
        }
        return queries.answer(new ListPayslipsQuery(employeeId, year, asOf(asOf), paging.page(), paging.size()),
                PayslipPage.class);
    }

    @GetMapping("/payslips/{payslipId}")
    @PreAuthorize(PERSONAL)
    @Operation(summary = "One payslip with its lines and the employee's year-to-date figures")
    PayslipDetails payslip(@PathVariable PayslipId payslipId, @RequestParam(required = false) String asOf) {
        return queries.found(new FindPayslipQuery(payslipId, asOf(asOf)), PayslipDetails.class,
                "No payslip with id " + payslipId);
    }

    @GetMapping("/payslips/{payslipId}/explanation")
    @PreAuthorize(PERSONAL)
    @Operation(summary = "How every figure of a payslip came about, and the reconciliation of its totals")
    PayslipExplanation explanation(@PathVariable PayslipId payslipId, @RequestParam(required = false) String asOf) {
        return queries.found(new ExplainPayslipQuery(payslipId, asOf(asOf)), PayslipExplanation.class,
                "No payslip with id " + payslipId);
    }

    @GetMapping("/costs")
    @PreAuthorize(AGGREGATE)
    @Operation(summary = "Payroll cost (gross + employer contributions) and headcount per department and month",
            description = "Counts approved (or paid, or closed) runs; correction differences count in their period.")
    PayrollCostPage costs(@RequestParam String from, @RequestParam String to,
                          @RequestParam(required = false) String asOf,
                          @Paging.DefaultSize(50) Paging paging) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        return queries.answer(new PayrollCostsQuery(first, range(first, last), asOf(asOf), paging.page(),
                paging.size()), PayrollCostPage.class);
    }

    @GetMapping("/withholdings")
    @PreAuthorize(AGGREGATE)
    @Operation(summary = "Income tax and social contributions withheld, and employer contributions, per month",
            description = "Counts approved (or paid, or closed) runs; correction differences count in their period.")
    WithholdingPage withholdings(@RequestParam String from, @RequestParam String to,
                                 @RequestParam(required = false) String asOf,
                                 @Paging.DefaultSize(50) Paging paging) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        return queries.answer(new WithholdingsQuery(first, range(first, last), asOf(asOf), paging.page(),
                paging.size()), WithholdingPage.class);
    }

    private static Instant asOf(String value) {
        return value == null || value.isBlank() ? null : AsOf.parse(value);
    }

    private static YearMonth month(String name, String value) {
        try {
            return RequestDates.requireInRange(name, YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, name + " must be a month such as 2026-01");
        }
    }

    /** Returns {@code last} if the range is sound: in order and at most ten years, so a query stays bounded. */
    private static YearMonth range(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "to must not be before from");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from and to may be at most ten years apart");
        }
        return last;
    }
}
