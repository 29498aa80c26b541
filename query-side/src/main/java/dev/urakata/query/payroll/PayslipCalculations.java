package dev.urakata.query.payroll;

import dev.urakata.config.processing.StoredNumbers;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipLine;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every calculation of every payslip, kept by a payroll projection in its own collection: one document per payslip
 * and calculation, keyed by both, so a redelivered event rewrites the same document and a recalculation adds a
 * new one beside the one it supersedes. Together with the {@link RunTimeline} this answers "what counted at
 * instant T" without depending on the order in which different runs' events arrive.
 */
final class PayslipCalculations {

    /** Line components whose amounts the read models total separately. */
    static final String INCOME_TAX = "INCOME_TAX";
    static final String SOCIAL_CONTRIBUTION = "SOCIAL_CONTRIBUTION";
    static final String EMPLOYER_SOCIAL_CONTRIBUTION = "EMPLOYER_SOCIAL_CONTRIBUTION";

    private final MongoTemplate mongo;
    private final String collection;

    PayslipCalculations(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
        mongo.indexOps(collection).ensureIndex(new Index().on("payslipId", Sort.Direction.ASC)
                .on("calculation", Sort.Direction.ASC));
        mongo.indexOps(collection).ensureIndex(new Index().on("runId", Sort.Direction.ASC));
        mongo.indexOps(collection).ensureIndex(new Index().on("period", Sort.Direction.ASC));
    }

    /**
     * Stores one calculation of a payslip. Only the views that may show personal data keep the employee number
     * ({@code withEmployeeNumber}) and the lines ({@code withLines}).
     */
    void record(PayslipCalculatedEvent event, Instant at, boolean withEmployeeNumber, boolean withLines) {
        String currency = event.gross().currency();
        Document doc = new Document("_id", event.payslipId().value() + ":" + event.calculation())
                .append("payslipId", event.payslipId().value())
                .append("runId", event.runId().value())
                .append("calculation", event.calculation())
                .append("employeeId", event.employeeId().value())
                .append("department", event.department())
                .append("period", event.period().toString())
                .append("currency", currency)
                .append("gross", StoredNumbers.money(event.gross()))
                .append("deductions", StoredNumbers.money(event.deductions()))
                .append("net", StoredNumbers.money(event.net()))
                .append("employerContributions", StoredNumbers.money(event.employerContributions()))
                .append("incomeTax", component(event.lines(), INCOME_TAX, currency))
                .append("socialContributions", component(event.lines(), SOCIAL_CONTRIBUTION, currency))
                .append("employerSocialContributions",
                        component(event.lines(), EMPLOYER_SOCIAL_CONTRIBUTION, currency))
                .append("correctsPayslipId", event.correctsPayslipId() == null ? null
                        : event.correctsPayslipId().value())
                .append("counted", false)
                .append("recordedAt", Date.from(at));
        if (withEmployeeNumber) {
            doc.append("employeeNumber", event.employeeNumber());
        }
        if (withLines) {
            doc.append("lines", event.lines().stream().map(PayslipCalculations::line).toList());
        }
        mongo.save(doc, collection);
    }
    /**
     * Marks the payslips of a run's approved calculation {@code counted}: the ones every payroll figure sums from
     * now on, so that an analyst can sum them without knowing which calculation of which run was approved.
     * ({@code calculation} 0: the run recorded no run calculation, and its latest payslips count.)
     */
    void approved(String runId, int calculation) {
        int counted = calculation > 0 ? calculation : mongo.find(Query.query(Criteria.where("runId").is(runId)),
                Document.class, collection).stream().mapToInt(doc -> doc.getInteger("calculation")).max().orElse(0);
        mongo.updateMulti(Query.query(Criteria.where("runId").is(runId).and("calculation").is(counted)),
                new Update().set("counted", true), collection);
    }

    /** The latest calculation of a payslip recorded at or before {@code asOf} ({@code null}: now). */
    Document latest(String payslipId, Instant asOf) {
        Query query = Query.query(recordedBy(Criteria.where("payslipId").is(payslipId), asOf))
                .with(Sort.by(Sort.Direction.DESC, "calculation")).limit(1);
        return mongo.findOne(query, Document.class, collection);
    }

    /** The latest calculation of every payslip matching {@code criteria}, recorded at or before {@code asOf}. */
    List<Document> latestOfEach(Criteria criteria, Instant asOf) {
        Map<String, Document> latest = new LinkedHashMap<>();
        mongo.find(Query.query(recordedBy(criteria, asOf)).with(Sort.by("payslipId", "calculation")), Document.class,
                collection).forEach(doc -> latest.put(doc.getString("payslipId"), doc));
        return new ArrayList<>(latest.values());
    }

    /**
     * The payslips that count at {@code asOf}: of runs approved (or later) by then, the run's latest calculation.
     * A correction run's payslips count in their own period with their differences.
     */
    List<Document> counted(RunTimeline runs, Criteria criteria, Instant asOf) {
        List<Document> candidates = mongo.find(Query.query(recordedBy(criteria, asOf)), Document.class, collection);
        Set<String> runIds = candidates.stream().map(doc -> doc.getString("runId")).collect(Collectors.toSet());
        Map<String, RunTimeline.RunState> states = runs.find(runIds, asOf);
        // A run approved without a recorded run calculation (should not happen) counts its latest payslips.
        Map<String, Integer> latestPerRun = candidates.stream().collect(Collectors.toMap(
                doc -> doc.getString("runId"), doc -> doc.getInteger("calculation"), Math::max));
        Predicate<Document> counts = doc -> {
            RunTimeline.RunState run = states.get(doc.getString("runId"));
            if (run == null || !run.status().isApprovedOrLater()) {
                return false;
            }
            int calculation = run.calculation() > 0 ? run.calculation() : latestPerRun.get(run.runId());
            return doc.getInteger("calculation") == calculation;
        };
        return candidates.stream().filter(counts).toList();
    }

    /** Rows of a run's given calculation, recorded at or before {@code asOf}. */
    List<Document> ofCalculation(String runId, int calculation, Instant asOf) {
        return mongo.find(Query.query(recordedBy(Criteria.where("runId").is(runId).and("calculation").is(calculation),
                asOf)), Document.class, collection);
    }

    static Criteria recordedBy(Criteria criteria, Instant asOf) {
        return asOf == null ? criteria : criteria.and("recordedAt").lte(Date.from(asOf));
    }

    /** The sum of {@code field} over {@code docs}, in {@code currency}. */
    static Money sum(List<Document> docs, String field, String currency) {
        return new Money(docs.stream().map(doc -> StoredNumbers.money(doc, field).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    static PayslipLine line(Document doc) {
        Map<String, String> inputs = new LinkedHashMap<>();
        doc.getList("inputs", Document.class).forEach(input -> inputs.put(input.getString("name"),
                input.getString("value")));
        return new PayslipLine(doc.getString("component"), LineKind.valueOf(doc.getString("kind")),
                StoredNumbers.money(doc, "amount"), doc.getString("rule"),
                doc.getInteger("policyVersion"), inputs, doc.getList("sourceEventIds", String.class),
                doc.getString("explanation"));
    }

    private static Document line(PayslipLine line) {
        // Name/value pairs rather than a sub-document: input names may hold '.' or '$', and a list keeps the
        // order the rule listed them in.
        List<Document> inputs = new ArrayList<>();
        line.inputs().forEach((name, value) -> inputs.add(new Document("name", name).append("value", value)));
        return new Document("component", line.component())
                .append("kind", line.kind().name())
                .append("amount", StoredNumbers.money(line.amount()))
                .append("rule", line.rule())
                .append("policyVersion", line.policyVersion())
                .append("inputs", inputs)
                .append("sourceEventIds", line.sourceEventIds())
                .append("explanation", line.explanation());
    }

    private static Document component(List<PayslipLine> lines, String component, String currency) {
        return StoredNumbers.money(new Money(lines.stream().filter(line -> Objects.equals(line.component(), component))
                .map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), currency));
    }
}
