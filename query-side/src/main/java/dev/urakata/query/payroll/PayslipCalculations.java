package dev.urakata.query.payroll;

import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipLine;
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
import java.util.function.Function;
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
        mongo.save(new PayslipCalculationDocument(event.payslipId().value() + ":" + event.calculation(),
                event.payslipId().value(), event.runId().value(), event.calculation(), false,
                event.employeeId().value(), event.department(), event.period(), currency, event.gross(),
                event.deductions(), event.net(), event.employerContributions(),
                component(event.lines(), INCOME_TAX, currency), component(event.lines(), SOCIAL_CONTRIBUTION, currency),
                component(event.lines(), EMPLOYER_SOCIAL_CONTRIBUTION, currency),
                event.correctsPayslipId() == null ? null : event.correctsPayslipId().value(), at,
                withEmployeeNumber ? event.employeeNumber() : null,
                withLines ? event.lines().stream().map(PayslipCalculationDocument.Line::of).toList() : null),
                collection);
    }

    /**
     * Marks the payslips of a run's approved calculation {@code counted}: the ones every payroll figure sums from
     * now on, so that an analyst can sum them without knowing which calculation of which run was approved.
     * ({@code calculation} 0: the run recorded no run calculation, and its latest payslips count.)
     */
    void approved(String runId, int calculation) {
        int counted = calculation > 0 ? calculation : mongo.find(Query.query(Criteria.where("runId").is(runId)),
                PayslipCalculationDocument.class, collection).stream()
                .mapToInt(PayslipCalculationDocument::calculation).max().orElse(0);
        mongo.updateMulti(Query.query(Criteria.where("runId").is(runId).and("calculation").is(counted)),
                new Update().set("counted", true), collection);
    }

    /** The latest calculation of a payslip recorded at or before {@code asOf} ({@code null}: now). */
    PayslipCalculationDocument latest(String payslipId, Instant asOf) {
        Query query = Query.query(recordedBy(Criteria.where("payslipId").is(payslipId), asOf))
                .with(Sort.by(Sort.Direction.DESC, "calculation")).limit(1);
        return mongo.findOne(query, PayslipCalculationDocument.class, collection);
    }

    /** The latest calculation of every payslip matching {@code criteria}, recorded at or before {@code asOf}. */
    List<PayslipCalculationDocument> latestOfEach(Criteria criteria, Instant asOf) {
        Map<String, PayslipCalculationDocument> latest = new LinkedHashMap<>();
        mongo.find(Query.query(recordedBy(criteria, asOf)).with(Sort.by("payslipId", "calculation")),
                PayslipCalculationDocument.class, collection).forEach(doc -> latest.put(doc.payslipId(), doc));
        return new ArrayList<>(latest.values());
    }

    /**
     * The payslips that count at {@code asOf}: of runs approved (or later) by then, the run's latest calculation.
     * A correction run's payslips count in their own period with their differences.
     */
    List<PayslipCalculationDocument> counted(RunTimeline runs, Criteria criteria, Instant asOf) {
        List<PayslipCalculationDocument> candidates = mongo.find(Query.query(recordedBy(criteria, asOf)),
                PayslipCalculationDocument.class, collection);
        Set<String> runIds = candidates.stream().map(PayslipCalculationDocument::runId).collect(Collectors.toSet());
        Map<String, RunTimeline.RunState> states = runs.find(runIds, asOf);
        // A run approved without a recorded run calculation (should not happen) counts its latest payslips.
        Map<String, Integer> latestPerRun = candidates.stream().collect(Collectors.toMap(
                PayslipCalculationDocument::runId, PayslipCalculationDocument::calculation, Math::max));
        Predicate<PayslipCalculationDocument> counts = doc -> {
            RunTimeline.RunState run = states.get(doc.runId());
            if (run == null || !run.status().isApprovedOrLater()) {
                return false;
            }
            int calculation = run.calculation() > 0 ? run.calculation() : latestPerRun.get(run.runId());
            return doc.calculation() == calculation;
        };
        return candidates.stream().filter(counts).toList();
    }

    /** Rows of a run's given calculation, recorded at or before {@code asOf}. */
    List<PayslipCalculationDocument> ofCalculation(String runId, int calculation, Instant asOf) {
        return mongo.find(Query.query(recordedBy(Criteria.where("runId").is(runId).and("calculation").is(calculation),
                asOf)), PayslipCalculationDocument.class, collection);
    }

    /**
     * {@code criteria}, narrowed to what was recorded at or before {@code asOf} ({@code null}: any time): the
     * projections' {@code recordedBy}, added to criteria the caller built (this class is not a projection).
     */
    private static Criteria recordedBy(Criteria criteria, Instant asOf) {
        return asOf == null ? criteria : criteria.and("recordedAt").lte(Date.from(asOf));
    }

    /** The sum of one amount over {@code docs}, in {@code currency}. */
    static Money sum(List<PayslipCalculationDocument> docs, Function<PayslipCalculationDocument, Money> amount,
                     String currency) {
        return new Money(docs.stream().map(doc -> amount.apply(doc).amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency);
    }

    private static Money component(List<PayslipLine> lines, String component, String currency) {
        return new Money(lines.stream().filter(line -> Objects.equals(line.component(), component))
                .map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }
}
