package dev.urakata.command.payroll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.ApprovedHoursRecordedEvent;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.OneOffPaymentAddedEvent;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayPolicyVersionAdoptedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunClosedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipLine;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command side's own view for payroll, fed by HR, pay policy and payroll run events: employees with their
 * salary and department history, policy versions, and the figures of calculated runs (for corrections).
 *
 * <p>Idempotent like every projection: employee documents remember the last sequence applied; policy versions and
 * run figures are keyed by version, employee and calculation. It lags the event store by a moment, as any
 * tracking processor does: a calculation uses what it has seen.
 */
@Component
@ProcessingGroup(PayrollInputsView.PROCESSING_GROUP)
public class PayrollInputsView extends MongoProjection implements PayrollInputs {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "payroll-inputs";
    static final String EMPLOYEES = "payroll_inputs_employees";
    static final String POLICIES = "payroll_inputs_policies";
    static final String RUNS = "payroll_inputs_runs";

    private final ObjectMapper json;

    public PayrollInputsView(MongoTemplate mongo, ObjectMapper json) {
        super(mongo, EMPLOYEES, POLICIES, RUNS);
        this.json = json;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        mongo.upsert(byId(event.employeeId()), new Update()
                .setOnInsert("employeeNumber", event.employeeNumber())
                .setOnInsert("hireDate", event.hireDate().toString())
                .setOnInsert("hireEventId", message.getIdentifier())
                .setOnInsert("departments", List.of(dated(event.hireDate(), "department", event.department(),
                        sequence)))
                .setOnInsert("salaries", List.of(salary(event.monthlySalary(), event.hireDate(),
                        message.getIdentifier(), sequence)))
                .setOnInsert(LAST_SEQUENCE, sequence), EMPLOYEES);
    }

    @EventHandler
    void on(EmployeeSalaryChangedEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        applyOnce(EMPLOYEES, event.employeeId(), sequence, new Update().push("salaries", salary(event.monthlySalary(),
                event.effectiveDate(), message.getIdentifier(), sequence)));
    }

    @EventHandler
    void on(EmployeePositionChangedEvent event, @SequenceNumber long sequence) {
        applyOnce(EMPLOYEES, event.employeeId(), sequence, new Update().push("departments", dated(event.effectiveDate(),
                "department", event.department(), sequence)));
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event, @SequenceNumber long sequence) {
        applyOnce(EMPLOYEES, event.employeeId(), sequence, new Update().set("lastDay", event.lastDay().toString()));
    }

    @EventHandler
    void on(PayPolicyVersionAdoptedEvent event, EventMessage<?> message) {
        mongo.upsert(byId(event.policyId()), new Update()
                .set("versions." + event.version(), new Document("version", event.version())
                        .append("effectiveFrom", event.effectiveFrom().toString())
                        .append("rules", toJson(event.rules()))
                        .append("eventId", message.getIdentifier())), POLICIES);
    }

    @EventHandler
    void on(PayrollRunOpenedEvent event) {
        mongo.upsert(byId(event.runId()), new Update()
                .setOnInsert("policyId", event.policyId().value())
                .setOnInsert("period", event.period().toString())
                .setOnInsert("correctsRunId", event.correctsRunId() == null ? null : event.correctsRunId().value())
                .setOnInsert("closed", false)
                .setOnInsert("figures", new Document()), RUNS);
    }

    @EventHandler
    void on(OneOffPaymentAddedEvent event, EventMessage<?> message) {
        mongo.updateFirst(byId(event.runId()), new Update()
                .set("oneOffs." + event.inputId(), new Document("employeeId", event.employeeId().value())
                        .append("kind", event.kind().name()).append("amount", event.amount().amount().toPlainString())
                        .append("currency", event.amount().currency())
                        .append("eventId", message.getIdentifier())), RUNS);
    }

    @EventHandler
    void on(ApprovedHoursRecordedEvent event, EventMessage<?> message) {
        mongo.updateFirst(byId(event.runId()), new Update()
                .set("hours." + event.inputId(), new Document("employeeId", event.employeeId().value())
                        .append("overtime", event.overtimeHours().toPlainString())
                        .append("night", event.nightHours().toPlainString())
                        .append("holiday", event.holidayHours().toPlainString())
                        .append("source", event.source()).append("eventId", message.getIdentifier())), RUNS);
    }

    @EventHandler
    void on(PayslipCalculatedEvent event) {
        Document components = new Document();
        for (PayslipLine line : event.lines()) {
            BigDecimal sum = components.containsKey(line.component())
                    ? new BigDecimal(components.getString(line.component())).add(line.amount().amount())
                    : line.amount().amount();
            components.append(line.component(), sum.toPlainString());
        }
        mongo.updateFirst(byId(event.runId()), new Update()
                .set("figures." + event.employeeId().value(), new Document("calculation", event.calculation())
                        .append("currency", event.gross().currency()).append("components", components)), RUNS);
    }

    @EventHandler
    void on(PayrollRunCalculatedEvent event) {
        mongo.updateFirst(byId(event.runId()),
                new Update().set("latestCalculation", event.calculation()), RUNS);
    }

    @EventHandler
    void on(PayrollRunClosedEvent event) {
        mongo.updateFirst(byId(event.runId()),
                new Update().set("closed", true), RUNS);
    }

    @Override
    public List<PayInputs.Employee> employeesActiveBetween(LocalDate first, LocalDate last) {
        Query active = Query.query(Criteria.where("hireDate").lte(last.toString())
                .orOperator(Criteria.where("lastDay").is(null), Criteria.where("lastDay").gte(first.toString())));
        active.with(org.springframework.data.domain.Sort.by("employeeNumber", "_id"));
        List<PayInputs.Employee> employees = new ArrayList<>();
        for (Document doc : mongo.find(active, Document.class, EMPLOYEES)) {
            LocalDate lastDay = doc.getString("lastDay") == null ? null : LocalDate.parse(doc.getString("lastDay"));
            LocalDate costedOn = lastDay == null || lastDay.isAfter(last) ? last : lastDay;
            List<PayInputs.SalaryEntry> salaries = doc.getList("salaries", Document.class).stream()
                    .sorted(byDateThenSequence())
                    .map(s -> new PayInputs.SalaryEntry(Money.of(s.getString("amount"), s.getString("currency")),
                            LocalDate.parse(s.getString("effectiveFrom")), s.getString("eventId")))
                    .toList();
            String department = doc.getList("departments", Document.class).stream().sorted(byDateThenSequence())
                    .filter(d -> !LocalDate.parse(d.getString("effectiveFrom")).isAfter(costedOn))
                    .reduce((a, b) -> b).map(d -> d.getString("department")).orElse(null);
            employees.add(new PayInputs.Employee(new EmployeeId(doc.getString("_id")), doc.getString("employeeNumber"),
                    LocalDate.parse(doc.getString("hireDate")), lastDay, department, salaries,
                    doc.getString("hireEventId")));
        }
        return employees;
    }

    @Override
    public Optional<PayInputs.PolicyVersion> policyVersionOn(PayPolicyId policyId, LocalDate day) {
        Document policy = mongo.findById(policyId.value(), Document.class, POLICIES);
        if (policy == null) {
            return Optional.empty();
        }
        return policy.get("versions", Document.class).values().stream()
                .map(Document.class::cast)
                .filter(v -> !LocalDate.parse(v.getString("effectiveFrom")).isAfter(day))
                .max(Comparator.comparing((Document v) -> LocalDate.parse(v.getString("effectiveFrom")))
                        .thenComparing(v -> v.getInteger("version")))
                .map(v -> new PayInputs.PolicyVersion(v.getInteger("version"),
                        LocalDate.parse(v.getString("effectiveFrom")), fromJson(v.getString("rules")),
                        v.getString("eventId")));
    }

    @Override
    public boolean policyExists(PayPolicyId policyId) {
        return mongo.findById(policyId.value(), Document.class, POLICIES) != null;
    }

    @Override
    public Optional<RunInfo> run(PayrollRunId runId) {
        return Optional.ofNullable(mongo.findById(runId.value(), Document.class, RUNS))
                .map(doc -> new RunInfo(runId, new PayPolicyId(doc.getString("policyId")),
                        YearMonth.parse(doc.getString("period")), doc.getBoolean("closed", false)));
    }

    @Override
    public Map<EmployeeId, Map<String, BigDecimal>> finalFigures(PayrollRunId runId) {
        Document run = mongo.findById(runId.value(), Document.class, RUNS);
        if (run == null) {
            return Map.of();
        }
        // A correction run holds differences: its final figures are those of the run it corrects plus its own.
        Map<EmployeeId, Map<String, BigDecimal>> figures = run.getString("correctsRunId") == null ? new HashMap<>()
                : new HashMap<>(finalFigures(new PayrollRunId(run.getString("correctsRunId"))));
        Integer latest = run.getInteger("latestCalculation");
        run.get("figures", Document.class).forEach((employee, value) -> {
            Document entry = (Document) value;
            if (latest != null && entry.getInteger("calculation").equals(latest)) {
                Map<String, BigDecimal> components = new HashMap<>(figures.getOrDefault(new EmployeeId(employee),
                        Map.of()));
                entry.get("components", Document.class).forEach((component, amount) ->
                        components.merge(component, new BigDecimal(amount.toString()), BigDecimal::add));
                figures.put(new EmployeeId(employee), components);
            }
        });
        return figures;
    }

    @Override
    public CarriedInputs carriedInputs(PayrollRunId runId) {
        List<PayInputs.OneOff> oneOffs = new ArrayList<>();
        Map<EmployeeId, List<PayInputs.Hours>> hours = new HashMap<>();
        for (Document run = mongo.findById(runId.value(), Document.class, RUNS); run != null;
             run = run.getString("correctsRunId") == null ? null
                     : mongo.findById(run.getString("correctsRunId"), Document.class, RUNS)) {
            Document runOneOffs = run.get("oneOffs", Document.class);
            if (runOneOffs != null) {
                runOneOffs.forEach((inputId, value) -> {
                    Document o = (Document) value;
                    oneOffs.add(new PayInputs.OneOff(inputId, new EmployeeId(o.getString("employeeId")),
                            OneOffKind.valueOf(o.getString("kind")), Money.of(o.getString("amount"),
                            o.getString("currency")), o.getString("eventId")));
                });
            }
            Document runHours = run.get("hours", Document.class);
            if (runHours != null) {
                runHours.forEach((inputId, value) -> {
                    Document h = (Document) value;
                    hours.computeIfAbsent(new EmployeeId(h.getString("employeeId")), id -> new ArrayList<>())
                            .add(new PayInputs.Hours(inputId, new BigDecimal(h.getString("overtime")),
                                    new BigDecimal(h.getString("night")), new BigDecimal(h.getString("holiday")),
                                    h.getString("source"), h.getString("eventId")));
                });
            }
        }
        return new CarriedInputs(oneOffs, hours);
    }

    private static Document salary(Money monthly, LocalDate from, String eventId, long sequence) {
        return new Document("amount", monthly.amount().toPlainString()).append("currency", monthly.currency())
                .append("effectiveFrom", from.toString()).append("eventId", eventId).append("sequence", sequence);
    }

    private static Document dated(LocalDate from, String field, String value, long sequence) {
        return new Document("effectiveFrom", from.toString()).append(field, value).append("sequence", sequence);
    }

    private static Comparator<Document> byDateThenSequence() {
        return Comparator.comparing((Document d) -> d.getString("effectiveFrom"))
                .thenComparing(d -> ((Number) d.get("sequence")).longValue());
    }

    private String toJson(PayPolicyRules rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store pay policy rules", e);
        }
    }

    private PayPolicyRules fromJson(String rules) {
        try {
            return json.readValue(rules, PayPolicyRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read pay policy rules", e);
        }
    }
}
