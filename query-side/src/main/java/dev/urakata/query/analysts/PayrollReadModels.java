package dev.urakata.query.analysts;

import dev.urakata.query.payroll.PayrollCostProjection;
import dev.urakata.query.payroll.PayrollRegisterProjection;
import dev.urakata.query.payroll.PayrollRunDocument;
import dev.urakata.query.payroll.PayslipCalculationDocument;
import dev.urakata.query.payroll.PayslipProjection;
import dev.urakata.query.payroll.WithholdingProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/**
 * The payroll read models in the analysts' catalogue. Each payroll read model keeps its own payslip calculations and
 * run timelines, so it can be rebuilt alone; those of the payslips and the register hold the employee's number and
 * lines and are closed to analysts, but their runs, which hold totals only, are open.
 */
final class PayrollReadModels {

    private static final List<String> RUN_AS_OF = List.of("openedAt", "history.at");

    static final List<ReadModel> ALL = List.of(
            new ReadModel(PayrollCostProjection.PAYSLIPS, "One calculation of one payslip, without the employee's"
                    + " number, name or lines: what payroll costs are summed from.", "payslip id, `:`, calculation",
                    List.of("recordedAt"), PayrollCostProjection.class, PayslipCalculationDocument.class),
            new ReadModel(WithholdingProjection.PAYSLIPS, "One calculation of one payslip, without the employee's"
                    + " number, name or lines: what withholdings (income tax, social contributions) are summed"
                    + " from.", "payslip id, `:`, calculation", List.of("recordedAt"), WithholdingProjection.class,
                    PayslipCalculationDocument.class),
            run(PayrollCostProjection.RUNS, "beside `payroll_cost_payslips` by the same processor, so the two agree",
                    PayrollCostProjection.class),
            run(WithholdingProjection.RUNS, "beside `payroll_withholding_payslips` by the same processor, so the two"
                    + " agree", WithholdingProjection.class),
            run(PayslipProjection.RUNS, "by the payslips' processor", PayslipProjection.class),
            run(PayrollRegisterProjection.RUNS, "by the payroll register's processor",
                    PayrollRegisterProjection.class));

    private PayrollReadModels() {
    }

    private static ReadModel run(String collection, String keptBy, Class<?> projection) {
        return new ReadModel(collection, "One payroll run: its status, every change of it and the totals of each"
                + " calculation, kept " + keptBy + ".", "run id", RUN_AS_OF, projection, PayrollRunDocument.class);
    }
}
