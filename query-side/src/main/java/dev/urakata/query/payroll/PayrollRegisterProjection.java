package dev.urakata.query.payroll;

import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.payroll.FindPayrollRegisterQuery;
import dev.urakata.shared.payroll.ListPayrollRunsQuery;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollRegister;
import dev.urakata.shared.payroll.PayrollRegisterRow;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunPage;
import dev.urakata.shared.payroll.PayrollRunSummary;
import dev.urakata.shared.payroll.PayrollRunTotals;
import dev.urakata.shared.payroll.PayslipId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The payroll register: every run with its status, its latest calculation's totals and one row per payslip, and
 * the list of runs by status, at any past instant.
 *
 * <p>The totals are the ones the run recorded ({@link PayrollRunCalculatedEvent}); the rows are the payslips of
 * that same calculation; the register says whether the two agree to the cent, so a reviewer sees a mismatch
 * rather than a silently recomputed total.
 */
@Component
@ProcessingGroup(PayrollRegisterProjection.PROCESSING_GROUP)
public class PayrollRegisterProjection extends PayrollRunProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "payroll-register";
    public static final String RUNS = "payroll_register_runs";
    static final String ROWS = "payroll_register_rows";

    public PayrollRegisterProjection(MongoTemplate mongo) {
        super(mongo, RUNS, ROWS, true, false);
    }

    @QueryHandler
    Optional<PayrollRegister> handle(FindPayrollRegisterQuery query) {
        return runs.find(query.runId().value(), query.asOf()).map(run -> register(run, query.asOf()));
    }

    @QueryHandler
    PayrollRunPage handle(ListPayrollRunsQuery query) {
        if (query.asOf() == null) {
            // Now: the stored current status is indexable, so page in the database.
            Criteria criteria = new Filters(Criteria.where("period").ne(null)).equal("status", query.status())
                    .criteria();
            MongoPages.Slice<PayrollRunSummary> slice = MongoPages.read(mongo, RUNS, PayrollRunDocument.class,
                    Query.query(criteria), Sort.by("period", "openedAt", "_id"), query.page(), query.size(),
                    doc -> summary(RunTimeline.state(doc, null).orElseThrow()));
            return new PayrollRunPage(slice.items(), query.page(), query.size(), slice.total());
        }
        List<PayrollRunSummary> all = runs.all(query.asOf()).stream()
                .filter(run -> query.status() == null || run.status() == query.status())
                .map(PayrollRegisterProjection::summary).toList();
        return new PayrollRunPage(PayrollPages.page(all, query.page(), query.size()), query.page(), query.size(),
                all.size());
    }

    private PayrollRegister register(RunTimeline.RunState run, Instant asOf) {
        List<PayslipCalculationDocument> docs = run.calculation() == 0 ? List.of()
                : payslips.ofCalculation(run.runId(), run.calculation(), asOf);
        List<PayrollRegisterRow> registerRows = docs.stream()
                .sorted(Comparator.comparing(PayslipCalculationDocument::employeeNumber)
                        .thenComparing(PayslipCalculationDocument::payslipId))
                .map(PayrollRegisterProjection::row).toList();
        return new PayrollRegister(new PayrollRunId(run.runId()), run.status(), run.period(),
                runId(run.correctsRunId()), new PayPolicyId(run.policyId()), run.calculation(), run.calculatedBy(),
                run.approvedBy(),
                run.paymentDate(), run.totals(), registerRows, totalsMatch(run.totals(), docs));
    }

    /** Every recorded total equals the sum of the rows, to the cent, and there is one row per payslip counted. */
    private static boolean totalsMatch(PayrollRunTotals totals, List<PayslipCalculationDocument> docs) {
        if (totals == null) {
            return docs.isEmpty();
        }
        String currency = totals.gross().currency();
        return totals.payslips() == docs.size()
                && docs.stream().allMatch(doc -> currency.equals(doc.currency()))
                && totals.gross().equals(PayslipCalculations.sum(docs, PayslipCalculationDocument::gross, currency))
                && totals.deductions().equals(PayslipCalculations.sum(docs, PayslipCalculationDocument::deductions,
                currency))
                && totals.net().equals(PayslipCalculations.sum(docs, PayslipCalculationDocument::net, currency))
                && totals.employerContributions().equals(PayslipCalculations.sum(docs,
                PayslipCalculationDocument::employerContributions, currency))
                && totals.incomeTax().equals(PayslipCalculations.sum(docs, PayslipCalculationDocument::incomeTax,
                currency))
                && totals.socialContributions().equals(PayslipCalculations.sum(docs,
                PayslipCalculationDocument::socialContributions, currency));
    }

    private static PayrollRegisterRow row(PayslipCalculationDocument doc) {
        return new PayrollRegisterRow(new PayslipId(doc.payslipId()), doc.employeeNumber(), doc.department(),
                doc.gross(), doc.deductions(), doc.net(), doc.employerContributions());
    }

    private static PayrollRunSummary summary(RunTimeline.RunState run) {
        return new PayrollRunSummary(new PayrollRunId(run.runId()), run.period(), runId(run.correctsRunId()),
                run.status(), run.calculation(), run.calculatedBy(), run.approvedBy(), run.totals());
    }

    private static PayrollRunId runId(String id) {
        return id == null ? null : new PayrollRunId(id);
    }
}
