package dev.urakata.query.analysts;

import dev.urakata.query.payroll.PayrollCostProjection;
import dev.urakata.query.payroll.WithholdingProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.Field;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.BOOLEAN;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONTH;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The payroll read models in the analysts' catalogue. */
final class PayrollReadModels {

    /**
     * The payroll costs and the withholdings keep the same document per payslip calculation, each in its own
     * collection (so each can be rebuilt alone).
     */
    private static final List<Field> PAYSLIP_FIELDS = List.of(
            field("payslipId", STRING, "the payslip"),
            field("runId", STRING, "the payroll run it belongs to"),
            field("calculation", INT, "which calculation of the run (1, 2, ...); a recalculation"
                    + " adds a document beside the one it supersedes"),
            field("counted", BOOLEAN, "true for the calculation the run was approved with: sum only these"),
            field("employeeId", STRING, "the employee (an id, not personal data)"),
            field("department", STRING, "the employee's department when calculated"),
            field("period", MONTH, "the month paid"),
            field("currency", STRING, "ISO 4217 code of every amount of the payslip"),
            field("gross", MONEY, "gross pay"),
            field("deductions", MONEY, "everything withheld from gross pay"),
            field("net", MONEY, "gross minus deductions"),
            field("employerContributions", MONEY, "what the employer pays on top of gross pay"),
            field("incomeTax", MONEY, "income tax withheld"),
            field("socialContributions", MONEY, "the employee's social insurance contributions"),
            field("employerSocialContributions", MONEY, "the employer's social insurance contributions"),
            optional("correctsPayslipId", STRING, "in a correction run: the payslip it corrects (amounts"
                    + " are then the differences)"),
            field("recordedAt", INSTANT, "when the calculation was recorded"));

    static final List<ReadModel> ALL = List.of(
            new ReadModel(PayrollCostProjection.PAYSLIPS, "One calculation of one payslip, without the employee's"
                    + " number, name or lines: what payroll costs are summed from.", "payslip id, `:`, calculation",
                    List.of("recordedAt"), PayrollCostProjection.class, PAYSLIP_FIELDS),
            new ReadModel(WithholdingProjection.PAYSLIPS, "One calculation of one payslip, without the employee's"
                    + " number, name or lines: what withholdings (income tax, social contributions) are summed"
                    + " from.", "payslip id, `:`, calculation", List.of("recordedAt"), WithholdingProjection.class,
                    PAYSLIP_FIELDS));

    private PayrollReadModels() {
    }
}
