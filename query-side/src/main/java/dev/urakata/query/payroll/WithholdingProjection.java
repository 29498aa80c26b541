package dev.urakata.query.payroll;

import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.Withholding;
import dev.urakata.shared.payroll.WithholdingPage;
import dev.urakata.shared.payroll.WithholdingsQuery;
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
 * Withholdings per month: income tax and employee social contributions withheld from pay, and employer social
 * contributions, counting the latest calculation of every run once it is approved (or paid, or closed); a
 * correction run's differences count in its period. An aggregate for analysts: it keeps no personal figure.
 */
@Component
@ProcessingGroup(WithholdingProjection.PROCESSING_GROUP)
public class WithholdingProjection extends PayrollRunProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "payroll-withholdings";
    public static final String RUNS = "payroll_withholding_runs";
    public static final String PAYSLIPS = "payroll_withholding_payslips";

    public WithholdingProjection(MongoTemplate mongo) {
        super(mongo, RUNS, PAYSLIPS, false, false);
    }

    @QueryHandler
    WithholdingPage handle(WithholdingsQuery query) {
        List<PayslipCalculationDocument> counted = payslips.counted(runs, Criteria.where("period")
                .gte(query.from()).lte(query.to()), query.asOf());
        Map<String, List<PayslipCalculationDocument>> groups = counted.stream().collect(Collectors.groupingBy(
                doc -> doc.period() + "\u0000" + doc.currency(), TreeMap::new, Collectors.toList()));
        List<Withholding> all = groups.values().stream().map(WithholdingProjection::withholding).toList();
        return new WithholdingPage(PayrollPages.page(all, query.page(), query.size()), query.page(), query.size(),
                all.size());
    }

    private static Withholding withholding(List<PayslipCalculationDocument> docs) {
        String currency = docs.get(0).currency();
        Money incomeTax = PayslipCalculations.sum(docs, PayslipCalculationDocument::incomeTax, currency);
        Money employee = PayslipCalculations.sum(docs, PayslipCalculationDocument::socialContributions, currency);
        Money employer = PayslipCalculations.sum(docs, PayslipCalculationDocument::employerSocialContributions,
                currency);
        return new Withholding(docs.get(0).period(), incomeTax, employee, employer,
                incomeTax.plus(employee).plus(employer), docs.size());
    }
}
