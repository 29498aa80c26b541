package dev.urakata.query.payroll;

import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayrollRunStatus;
import dev.urakata.shared.payroll.PayrollRunTotals;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * The history of a payroll run's status and calculations, kept by every payroll projection in its own collection
 * (so each can be rebuilt alone), and the run as it stood at any instant.
 *
 * <p>One document per run; every lifecycle event pushes an entry with its timestamp, guarded by the run's last
 * applied sequence number, so redelivery changes nothing. Status "as of" an instant is the last entry recorded at
 * or before it: nothing recorded later is seen.
 */
final class RunTimeline {

    private static final String LAST_SEQUENCE = "lastSequence";

    private final MongoTemplate mongo;
    private final String collection;

    RunTimeline(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    void opened(PayrollRunOpenedEvent event, long sequence, Instant at) {
        apply(event.runId(), sequence, new Update()
                .set("period", event.period().toString())
                .set("correctsRunId", event.correctsRunId() == null ? null : event.correctsRunId().value())
                .set("policyId", event.policyId().value())
                .set("openedAt", Date.from(at))
                .set("status", PayrollRunStatus.OPEN.name())
                .push("history", entry(PayrollRunStatus.OPEN, sequence, at)));
    }

    void calculated(PayrollRunCalculatedEvent event, long sequence, Instant at) {
        apply(event.runId(), sequence, new Update()
                .set("status", PayrollRunStatus.CALCULATED.name())
                .push("history", entry(PayrollRunStatus.CALCULATED, sequence, at)
                        .append("calculation", event.calculation())
                        .append("by", event.calculatedBy())
                        .append("payslips", event.payslips())
                        .append("gross", money(event.gross()))
                        .append("deductions", money(event.deductions()))
                        .append("net", money(event.net()))
                        .append("employerContributions", money(event.employerContributions()))
                        .append("incomeTax", money(event.incomeTax()))
                        .append("socialContributions", money(event.socialContributions()))));
    }

    void submitted(PayrollRunId runId, long sequence, Instant at) {
        status(runId, PayrollRunStatus.IN_REVIEW, sequence, at);
    }

    void approved(PayrollRunApprovedEvent event, long sequence, Instant at) {
        apply(event.runId(), sequence, new Update()
                .set("status", PayrollRunStatus.APPROVED.name())
                .push("history", entry(PayrollRunStatus.APPROVED, sequence, at).append("by", event.approvedBy())));
    }

    void paid(PayrollRunPaidEvent event, long sequence, Instant at) {
        apply(event.runId(), sequence, new Update()
                .set("status", PayrollRunStatus.PAID.name())
                .push("history", entry(PayrollRunStatus.PAID, sequence, at)
                        .append("paymentDate", event.paymentDate().toString())));
    }

    void closed(PayrollRunId runId, long sequence, Instant at) {
        status(runId, PayrollRunStatus.CLOSED, sequence, at);
    }
    /** The run as it stood at {@code asOf} ({@code null}: now); empty when unknown or opened later. */
    Optional<RunState> find(String runId, Instant asOf) {
        return Optional.ofNullable(mongo.findById(runId, Document.class, collection)).flatMap(doc -> state(doc, asOf));
    }

    /** The runs among {@code runIds} as they stood at {@code asOf}, by id. */
    Map<String, RunState> find(Collection<String> runIds, Instant asOf) {
        Map<String, RunState> states = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(runIds)), Document.class, collection)
                .forEach(doc -> state(doc, asOf).ifPresent(state -> states.put(state.runId(), state)));
        return states;
    }

    /** Every run, as it stood at {@code asOf}, by period then opening. */
    List<RunState> all(Instant asOf) {
        return mongo.findAll(Document.class, collection).stream()
                .map(doc -> state(doc, asOf)).flatMap(Optional::stream)
                .sorted(RunState.BY_PERIOD).toList();
    }

    String collection() {
        return collection;
    }

    /** Reads a run document as it stood at {@code asOf} ({@code null}: everything recorded). */
    static Optional<RunState> state(Document doc, Instant asOf) {
        List<Document> history = doc.getList("history", Document.class, List.of()).stream()
                .filter(entry -> asOf == null || !entry.getDate("at").toInstant().isAfter(asOf))
                .sorted(Comparator.comparingLong(entry -> ((Number) entry.get("sequence")).longValue()))
                .toList();
        if (history.isEmpty() || doc.getString("period") == null) {
            return Optional.empty();
        }
        PayrollRunStatus status = PayrollRunStatus.OPEN;
        Document calculation = null;
        String approvedBy = null;
        LocalDate paymentDate = null;
        for (Document entry : history) {
            status = PayrollRunStatus.valueOf(entry.getString("status"));
            switch (status) {
                case CALCULATED -> calculation = entry;
                case APPROVED -> approvedBy = entry.getString("by");
                case PAID -> paymentDate = LocalDate.parse(entry.getString("paymentDate"));
                default -> { }
            }
        }
        return Optional.of(new RunState(doc.getString("_id"), YearMonth.parse(doc.getString("period")),
                doc.getString("correctsRunId"), doc.getString("policyId"), doc.getDate("openedAt").toInstant(),
                status, calculation == null ? 0 : calculation.getInteger("calculation"),
                calculation == null ? null : calculation.getString("by"), approvedBy, paymentDate,
                calculation == null ? null : totals(calculation)));
    }

    private void status(PayrollRunId runId, PayrollRunStatus status, long sequence, Instant at) {
        apply(runId, sequence, new Update().set("status", status.name()).push("history", entry(status, sequence, at)));
    }

    /** Creates the run's document on first use, then applies {@code update} unless this event was applied. */
    private void apply(PayrollRunId runId, long sequence, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(runId.value())),
                new Update().setOnInsert(LAST_SEQUENCE, -1L), collection);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(runId.value()).and(LAST_SEQUENCE).lt(sequence)),
                update.set(LAST_SEQUENCE, sequence), collection);
    }

    private static Document entry(PayrollRunStatus status, long sequence, Instant at) {
        return new Document("status", status.name()).append("sequence", sequence).append("at", Date.from(at));
    }

    private static PayrollRunTotals totals(Document entry) {
        return new PayrollRunTotals(entry.getInteger("payslips"), money(entry, "gross"), money(entry, "deductions"),
                money(entry, "net"), money(entry, "employerContributions"), money(entry, "incomeTax"),
                money(entry, "socialContributions"));
    }

    /**
     * A run as it stood at an instant.
     *
     * @param calculation the latest calculation recorded by then, 0 before the first
     * @param totals      that calculation's totals, or {@code null}
     */
    record RunState(String runId, YearMonth period, String correctsRunId, String policyId, Instant openedAt,
                    PayrollRunStatus status, int calculation, String calculatedBy, String approvedBy,
                    LocalDate paymentDate, PayrollRunTotals totals) {

        static final Comparator<RunState> BY_PERIOD = Comparator.comparing(RunState::period)
                .thenComparing(RunState::openedAt).thenComparing(RunState::runId);
    }
}
