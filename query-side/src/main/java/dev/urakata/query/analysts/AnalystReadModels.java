package dev.urakata.query.analysts;

import dev.urakata.query.audit.AuditTrailProjection;
import dev.urakata.query.finance.ReceivablesAgingProjection;
import dev.urakata.query.inventory.StockLevelProjection;
import dev.urakata.query.payroll.PayrollCostProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue;
import dev.urakata.query.readmodel.ReadModelCatalogue.Field;
import dev.urakata.query.readmodel.ReadModelCatalogue.FieldType;
import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.query.readmodel.ReadModelRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.BOOLEAN;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DATE;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DECIMAL;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/**
 * Which read models analysts may query directly, and what their fields mean: the content of the catalogue
 * ({@code GET /api/read-models}, {@code docs/read-models.md}, the read-only port). A read model joins once it keeps
 * the storage rule of {@code StoredNumbers} (money and quantities as decimals, instants as dates, business dates as
 * {@code YYYY-MM-DD}); until then it is listed with the internal collections.
 */
@Configuration(proxyBeanMethods = false)
public class AnalystReadModels {

    /** The analyst-facing read models, in the catalogue's order. */
    public static final List<ReadModel> READ_MODELS = List.of(
            new ReadModel(PayrollCostProjection.PAYSLIPS, "One calculation of one payslip, without the employee's"
                    + " number, name or lines: what payroll costs are summed from.", "payslip id, `:`, calculation",
                    List.of("recordedAt"), PayrollCostProjection.class, List.of(
                    field("payslipId", STRING, "the payslip"),
                    field("runId", STRING, "the payroll run it belongs to"),
                    field("calculation", FieldType.INT, "which calculation of the run (1, 2, ...); a recalculation"
                            + " adds a document beside the one it supersedes"),
                    field("counted", BOOLEAN, "true for the calculation the run was approved with: sum only these"),
                    field("employeeId", STRING, "the employee (an id, not personal data)"),
                    field("department", STRING, "the employee's department when calculated"),
                    field("period", FieldType.MONTH, "the month paid"),
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
                    field("recordedAt", INSTANT, "when the calculation was recorded"))),
            new ReadModel(StockLevelProjection.LEVELS, "Current stock of one item in one warehouse.",
                    "item id, `@`, warehouse id", List.of(), StockLevelProjection.class, List.of(
                    field("itemId", STRING, "the stock item"),
                    field("warehouseId", STRING, "the warehouse"),
                    field("sku", STRING, "the item's stock-keeping unit"),
                    field("name", STRING, "the item's name"),
                    field("unitOfMeasure", STRING, "the unit quantities are counted in"),
                    field("onHand", DECIMAL, "quantity on hand"),
                    field("value", MONEY, "value of the quantity on hand at average cost"),
                    field("reservations", FieldType.DECIMALS_BY_ID, "reserved quantity per reservation id"),
                    field("incoming", FieldType.DECIMALS_BY_ID, "quantity in transit to this warehouse per"
                            + " transfer id"),
                    optional("reorderLevel", DECIMAL, "the level below which a purchase is proposed"),
                    field("belowReorderLevel", BOOLEAN, "whether on hand is below the reorder level"),
                    field("lastSequence", LONG, "the item's last event applied (for idempotency)"))),
            new ReadModel(ReceivablesAgingProjection.MOVEMENTS, "One change of what a customer owes on one"
                    + " invoice: its issue (positive), a payment, credit note or applied credit (negative).",
                    "the event's id", List.of("recordedAt"), ReceivablesAgingProjection.class, List.of(
                    field("customerId", STRING, "the customer"),
                    field("invoiceId", STRING, "the invoice"),
                    field("change", MONEY, "the change of the outstanding amount"),
                    field("businessDate", DATE, "the day it took effect (issue, receipt or credit date)"),
                    optional("dueDate", DATE, "on the issue only: when the invoice falls due"),
                    field("recordedAt", INSTANT, "when it was recorded"))),
            new ReadModel(AuditTrailProjection.COLLECTION, "One event of any context, as recorded.",
                    "the event's id", List.of("timestamp", "globalPosition"), AuditTrailProjection.class, List.of(
                    field("eventType", STRING, "the event's type, e.g. `EmployeeHiredEvent`"),
                    field("timestamp", INSTANT, "when it was recorded"),
                    optional("user", STRING, "who caused it (absent for events of deadlines and policies)"),
                    optional("correlationId", STRING, "the business transaction it is part of"),
                    optional("causationId", STRING, "the message that caused it"),
                    field("payload", FieldType.DOCUMENT, "the event's fields in the API's JSON form (amounts"
                            + " there are decimal text: sum the read models' money fields, not these)"),
                    optional("aggregateType", STRING, "the type of the aggregate it belongs to"),
                    optional("aggregateId", STRING, "the aggregate it belongs to"),
                    optional("sequence", LONG, "its position within its aggregate"),
                    optional("globalPosition", LONG, "its position in the event store"),
                    optional("dataSubject", STRING, "whose personal data the payload holds"),
                    optional("personalFields", FieldType.ARRAY, "which payload fields an erasure overwrites"))));

    @Bean
    ReadModelCatalogue readModelCatalogue(ReadModelRoutes routes) {
        return new ReadModelCatalogue(READ_MODELS, InternalCollections.ALL, routes::physical);
    }

    private static Field field(String name, FieldType type, String meaning) {
        return new Field(name, type, false, meaning);
    }

    private static Field optional(String name, FieldType type, String meaning) {
        return new Field(name, type, true, meaning);
    }
}
