package dev.urakata.query.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.ExplainPayslipQuery;
import dev.urakata.shared.payroll.FindPayslipQuery;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.ListPayslipsQuery;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayslipDetails;
import dev.urakata.shared.payroll.PayslipExplanation;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.PayslipPage;
import dev.urakata.shared.payroll.PayslipReconciliation;
import dev.urakata.shared.payroll.PayslipSummary;
import dev.urakata.shared.payroll.PayslipYearToDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Payslips: every payslip as its latest calculation shows it, with its lines, its explanation and the employee's
 * year-to-date figures, at any past instant.
 *
 * <p>Keeps every calculation of every payslip and the history of every run, each stamped with the time the event
 * was recorded; queries pick what was known at the instant asked about. A recalculation therefore supersedes the
 * earlier slip without erasing it, and year-to-date sums are computed when asked, so they do not depend on the
 * order in which different runs' events reach this projection.
 */
@Component
@ProcessingGroup(PayslipProjection.PROCESSING_GROUP)
public class PayslipProjection extends PayrollRunProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "payroll-payslips";
    static final String PAYSLIPS = "payroll_payslip_calculations";
    public static final String RUNS = "payroll_payslip_runs";

    public PayslipProjection(MongoTemplate mongo) {
        super(mongo, RUNS, PAYSLIPS, true, true);
        index(PAYSLIPS, "employeeId", "period");
    }

    @QueryHandler
    Optional<PayslipDetails> handle(FindPayslipQuery query) {
        return Optional.ofNullable(payslips.latest(query.payslipId().value(), query.asOf()))
                .map(doc -> details(doc, query.asOf()));
    }

    @QueryHandler
    Optional<PayslipExplanation> handle(ExplainPayslipQuery query) {
        return Optional.ofNullable(payslips.latest(query.payslipId().value(), query.asOf()))
                .map(PayslipProjection::explanation);
    }

    @QueryHandler
    PayslipPage handle(ListPayslipsQuery query) {
        Criteria criteria = Criteria.where("employeeId").is(query.employeeId().value());
        if (query.year() != null) {
            criteria.and("period").gte(YearMonth.of(query.year(), 1)).lte(YearMonth.of(query.year(), 12));
        }
        List<PayslipCalculationDocument> latest = payslips.latestOfEach(criteria, query.asOf());
        Map<String, RunTimeline.RunState> states = runs.find(
                latest.stream().map(PayslipCalculationDocument::runId).collect(Collectors.toSet()), query.asOf());
        List<PayslipSummary> all = latest.stream()
                .filter(doc -> states.containsKey(doc.runId()))
                .map(doc -> summary(doc, states.get(doc.runId())))
                .sorted(Comparator.comparing(PayslipSummary::period)
                        .thenComparing(s -> states.get(s.runId().value()).openedAt())
                        .thenComparing(s -> s.payslipId().value()))
                .toList();
        return new PayslipPage(PayrollPages.page(all, query.page(), query.size()), query.page(), query.size(),
                all.size());
    }

    private PayslipDetails details(PayslipCalculationDocument doc, Instant asOf) {
        RunTimeline.RunState run = runs.find(doc.runId(), asOf).orElseThrow(() ->
                new IllegalStateException("payslip " + doc.payslipId() + " of an unknown run"));
        return new PayslipDetails(new PayslipId(doc.payslipId()), new PayrollRunId(run.runId()),
                run.status(), run.correctsRunId() == null ? null : new PayrollRunId(run.correctsRunId()),
                correctsPayslipId(doc), doc.calculation(), doc.recordedAt(), new EmployeeId(doc.employeeId()),
                doc.employeeNumber(), doc.department(), doc.period(), lines(doc), doc.gross(), doc.deductions(),
                doc.net(), doc.employerContributions(), doc.incomeTax(), doc.socialContributions(),
                yearToDate(doc.employeeId(), doc.period(), doc.currency(), asOf));
    }

    /** Approved (or later) payslips of the employee from January through {@code period}, as known at asOf. */
    private PayslipYearToDate yearToDate(String employeeId, YearMonth period, String currency, Instant asOf) {
        List<PayslipCalculationDocument> counted = payslips.counted(runs, Criteria.where("employeeId").is(employeeId)
                .and("currency").is(currency)
                .and("period").gte(YearMonth.of(period.getYear(), 1)).lte(period), asOf);
        return new PayslipYearToDate(period.getYear(), period, counted.size(),
                PayslipCalculations.sum(counted, PayslipCalculationDocument::gross, currency),
                PayslipCalculations.sum(counted, PayslipCalculationDocument::deductions, currency),
                PayslipCalculations.sum(counted, PayslipCalculationDocument::net, currency),
                PayslipCalculations.sum(counted, PayslipCalculationDocument::incomeTax, currency),
                PayslipCalculations.sum(counted, PayslipCalculationDocument::socialContributions, currency));
    }

    private static PayslipExplanation explanation(PayslipCalculationDocument doc) {
        List<PayslipLine> lines = lines(doc);
        String currency = doc.currency();
        Money gross = doc.gross();
        Money deductions = doc.deductions();
        Money net = doc.net();
        Money employer = doc.employerContributions();
        Money earningLines = sumOf(lines, LineKind.EARNING, currency);
        Money deductionLines = sumOf(lines, LineKind.DEDUCTION, currency);
        Money employerLines = sumOf(lines, LineKind.EMPLOYER_CONTRIBUTION, currency);
        Money grossMinusDeductions = gross.minus(deductions);
        boolean grossOk = gross.equals(earningLines);
        boolean deductionsOk = deductions.equals(deductionLines);
        boolean employerOk = employer.equals(employerLines);
        boolean netOk = net.equals(grossMinusDeductions);
        return new PayslipExplanation(new PayslipId(doc.payslipId()), new PayrollRunId(doc.runId()),
                doc.calculation(), new EmployeeId(doc.employeeId()), doc.period(), lines,
                new PayslipReconciliation(gross, earningLines, deductions, deductionLines, employer, employerLines,
                        net, grossMinusDeductions, grossOk, deductionsOk, employerOk, netOk,
                        grossOk && deductionsOk && employerOk && netOk));
    }

    private static PayslipSummary summary(PayslipCalculationDocument doc, RunTimeline.RunState run) {
        return new PayslipSummary(new PayslipId(doc.payslipId()), new PayrollRunId(run.runId()), run.status(),
                correctsPayslipId(doc), doc.period(), doc.calculation(), doc.department(), doc.gross(),
                doc.deductions(), doc.net());
    }

    private static Money sumOf(List<PayslipLine> lines, LineKind kind, String currency) {
        return Money.of(lines.stream().filter(line -> line.kind() == kind).map(line -> line.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(), currency);
    }

    private static List<PayslipLine> lines(PayslipCalculationDocument doc) {
        return doc.lines().stream().map(PayslipCalculationDocument.Line::payslipLine).toList();
    }

    private static PayslipId correctsPayslipId(PayslipCalculationDocument doc) {
        return doc.correctsPayslipId() == null ? null : new PayslipId(doc.correctsPayslipId());
    }
}
