package dev.urakata.query.payroll;

import dev.urakata.query.payroll.PayrollRunDocument.Change;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayrollRunRejectedEvent;
import dev.urakata.shared.payroll.PayrollRunStatus;
import dev.urakata.shared.payroll.PayrollRunTotals;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
                .set("period", event.period())
                .set("correctsRunId", event.correctsRunId() == null ? null : event.correctsRunId().value())
                .set("policyId", event.policyId().value())
                .set("openedAt", at)
                .set("status", PayrollRunStatus.OPEN)
                .push("history", Change.to(PayrollRunStatus.OPEN, sequence, at)));
    }

    void calculated(PayrollRunCalculatedEvent event, long sequence, Instant at) {
        change(event.runId(), sequence, Change.calculated(event, sequence, at));
    }

    void submitted(PayrollRunId runId, long sequence, Instant at) {
        change(runId, sequence, Change.to(PayrollRunStatus.IN_REVIEW, sequence, at));
    }

    void approved(PayrollRunApprovedEvent event, long sequence, Instant at) {
        change(event.runId(), sequence, Change.approved(event.approvedBy(), event.comment(), sequence, at));
    }

    void rejected(PayrollRunRejectedEvent event, long sequence, Instant at) {
        change(event.runId(), sequence, Change.rejected(event.rejectedBy(), event.reason(), sequence, at));
    }

    void paid(PayrollRunPaidEvent event, long sequence, Instant at) {
        change(event.runId(), sequence, Change.paid(event.paymentDate(), sequence, at));
    }

    void closed(PayrollRunId runId, long sequence, Instant at) {
        change(runId, sequence, Change.to(PayrollRunStatus.CLOSED, sequence, at));
    }

    /** The run as it stood at {@code asOf} ({@code null}: now); empty when unknown or opened later. */
    Optional<RunState> find(String runId, Instant asOf) {
        return Optional.ofNullable(mongo.findById(runId, PayrollRunDocument.class, collection))
                .flatMap(doc -> state(doc, asOf));
    }

    /** The runs among {@code runIds} as they stood at {@code asOf}, by id. */
    Map<String, RunState> find(Collection<String> runIds, Instant asOf) {
        Map<String, RunState> states = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(runIds)), PayrollRunDocument.class, collection)
                .forEach(doc -> state(doc, asOf).ifPresent(state -> states.put(state.runId(), state)));
        return states;
    }

    /** Every run, as it stood at {@code asOf}, by period then opening. */
    List<RunState> all(Instant asOf) {
        return mongo.findAll(PayrollRunDocument.class, collection).stream()
                .map(doc -> state(doc, asOf)).flatMap(Optional::stream)
                .sorted(RunState.BY_PERIOD).toList();
    }

    String collection() {
        return collection;
    }

    /** Reads a run document as it stood at {@code asOf} ({@code null}: everything recorded). */
    static Optional<RunState> state(PayrollRunDocument doc, Instant asOf) {
        List<Change> history = doc.history() == null ? List.of() : doc.history().stream()
                .filter(change -> asOf == null || !change.at().isAfter(asOf))
                .sorted(Comparator.comparingLong(Change::sequence))
                .toList();
        if (history.isEmpty() || doc.period() == null) {
            return Optional.empty();
        }
        PayrollRunStatus status = PayrollRunStatus.OPEN;
        Change calculation = null;
        String approvedBy = null;
        LocalDate paymentDate = null;
        for (Change change : history) {
            status = change.status();
            switch (status) {
                case CALCULATED -> calculation = change.calculation() == null ? calculation : change;
                case APPROVED -> approvedBy = change.by();
                case PAID -> paymentDate = change.paymentDate();
                default -> { }
            }
        }
        return Optional.of(new RunState(doc.id(), doc.period(), doc.correctsRunId(), doc.policyId(), doc.openedAt(),
                status, calculation == null ? 0 : calculation.calculation(),
                calculation == null ? null : calculation.by(), approvedBy, paymentDate,
                calculation == null ? null : calculation.totals()));
    }

    /** Records {@code change} as the run's status now and appends it to the run's history. */
    private void change(PayrollRunId runId, long sequence, Change change) {
        apply(runId, sequence, new Update().set("status", change.status()).push("history", change));
    }

    /** Creates the run's document on first use, then applies {@code update} unless this event was applied. */
    private void apply(PayrollRunId runId, long sequence, Update update) {
        mongo.upsert(Query.query(Criteria.where("_id").is(runId.value())),
                new Update().setOnInsert(LAST_SEQUENCE, -1L), collection);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(runId.value()).and(LAST_SEQUENCE).lt(sequence)),
                update.set(LAST_SEQUENCE, sequence), collection);
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
