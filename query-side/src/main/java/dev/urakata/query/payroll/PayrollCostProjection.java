package dev.urakata.query.payroll;

import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollCost;
import dev.urakata.shared.payroll.PayrollCostPage;
import dev.urakata.shared.payroll.PayrollCostsQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Payroll cost per department and month: gross pay plus employer contributions, and headcount, counting the latest
 * calculation of every run once it is approved (or paid, or closed); a correction run's differences count in its
 * period. An aggregate for analysts: it keeps no employee number, name or line, and answers no personal figure.
 */
@Component
@ProcessingGroup(PayrollCostProjection.PROCESSING_GROUP)
public class PayrollCostProjection extends PayrollRunProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "payroll-costs";
    public static final String RUNS = "payroll_cost_runs";
    public static final String PAYSLIPS = "payroll_cost_payslips";

    public PayrollCostProjection(MongoTemplate mongo) {
        super(mongo, RUNS, PAYSLIPS, false, false);
    }

    @QueryHandler
    PayrollCostPage handle(PayrollCostsQuery query) {
        List<PayslipCalculationDocument> counted = payslips.counted(runs, Criteria.where("period")
                .gte(query.from()).lte(query.to()), query.asOf());
        // Keyed by month, department and currency, so the rows come out sorted and never mix currencies.
        Map<String, List<PayslipCalculationDocument>> groups = counted.stream().collect(Collectors.groupingBy(
                doc -> String.join("\u0000", doc.period().toString(), doc.department(), doc.currency()),
                TreeMap::new, Collectors.toList()));
        List<PayrollCost> all = groups.values().stream().map(PayrollCostProjection::cost).toList();
        return new PayrollCostPage(PayrollPages.page(all, query.page(), query.size()), query.page(), query.size(),
                all.size());
    }

    private static PayrollCost cost(List<PayslipCalculationDocument> docs) {
        PayslipCalculationDocument first = docs.get(0);
        String currency = first.currency();
        Money gross = PayslipCalculations.sum(docs, PayslipCalculationDocument::gross, currency);
        Money employer = PayslipCalculations.sum(docs, PayslipCalculationDocument::employerContributions, currency);
        // A correction adds money, not people: an employee in both the regular and a correction run counts once.
        int headcount = (int) docs.stream().map(PayslipCalculationDocument::employeeId).distinct().count();
        return new PayrollCost(first.period(), first.department(), gross, employer, gross.plus(employer), headcount);
    }
}
