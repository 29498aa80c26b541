package dev.urakata.query.payroll;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunClosedEvent;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayrollRunRejectedEvent;
import dev.urakata.shared.payroll.PayrollRunSubmittedForReviewEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;

/**
 * What every payroll read model records the same way: the run's timeline and its payslip calculations, each in
 * the read model's own collections (emptied by the inherited reset) so it can be rebuilt alone. Subclasses add
 * their processing group and queries; Axon finds these inherited handlers on each of them.
 */
abstract class PayrollRunProjection extends MongoProjection {

    protected final RunTimeline runs;
    protected final PayslipCalculations payslips;
    private final boolean withEmployeeNumber;
    private final boolean withLines;

    /**
     * @param runsCollection     where this read model keeps run timelines
     * @param payslipsCollection where it keeps payslip calculations
     * @param withEmployeeNumber whether it keeps the employee number (personal data) of each payslip
     * @param withLines          whether it keeps every line of each payslip
     */
    protected PayrollRunProjection(MongoTemplate mongo, String runsCollection, String payslipsCollection,
                                   boolean withEmployeeNumber, boolean withLines) {
        super(mongo, runsCollection, payslipsCollection);
        this.runs = new RunTimeline(mongo, runsCollection);
        this.payslips = new PayslipCalculations(mongo, payslipsCollection);
        this.withEmployeeNumber = withEmployeeNumber;
        this.withLines = withLines;
    }

    @EventHandler
    void on(PayrollRunOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.opened(event, sequence, at);
    }

    @EventHandler
    void on(PayslipCalculatedEvent event, @Timestamp Instant at) {
        payslips.record(event, at, withEmployeeNumber, withLines);
    }

    @EventHandler
    void on(PayrollRunCalculatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.calculated(event, sequence, at);
    }

    @EventHandler
    void on(PayrollRunSubmittedForReviewEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.submitted(event.runId(), sequence, at);
    }

    @EventHandler
    void on(PayrollRunApprovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.approved(event, sequence, at);
        payslips.approved(event.runId().value(),
                runs.find(event.runId().value(), null).map(RunTimeline.RunState::calculation).orElse(0));
    }

    @EventHandler
    void on(PayrollRunRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.rejected(event, sequence, at);
    }

    @EventHandler
    void on(PayrollRunPaidEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.paid(event, sequence, at);
    }

    @EventHandler
    void on(PayrollRunClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        runs.closed(event.runId(), sequence, at);
    }
}
