package dev.urakata.command.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.RecordApprovedHoursCommand;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Hands approved timesheet hours to payroll: the overtime, night and holiday hours of an approved timesheet are
 * recorded ({@link RecordApprovedHoursCommand}) in the regular payroll run of the timesheet's month, with the
 * timesheet id as input id and source, so the payslip traces them back to the timesheet, its approval and its clock
 * events. A timesheet approved before the month's run is opened waits here until the run opens.
 *
 * <p>The group runs sequentially (see {@link WorkforceTimeConfiguration}): an approval and a run opening handled in
 * parallel segments could each miss the other. Payroll ignores an input id it has already recorded, so a redelivery
 * records nothing twice. A run past its inputs (approved, paid) refuses the hours: the event then goes to this
 * group's dead-letter queue, where an operator sees it (payroll corrects such hours in a correction run).
 */
@Component
@ProcessingGroup(TimesheetHoursToPayrollPolicy.PROCESSING_GROUP)
class TimesheetHoursToPayrollPolicy extends MongoProjection {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "timesheet-hours-to-payroll";
    static final String RUNS = "workforce_payroll_runs";
    static final String PENDING = "workforce_payroll_pending_hours";

    private final CommandGateway commands;

    TimesheetHoursToPayrollPolicy(CommandGateway commands, MongoTemplate mongo) {
        super(mongo, RUNS, PENDING);
        this.commands = commands;
    }

    @EventHandler
    void on(TimesheetApprovedEvent event) {
        mongo.upsert(byId(event.timesheetId()), new Update()
                .setOnInsert("period", event.period().toString())
                .setOnInsert("employeeId", event.employeeId().value())
                .setOnInsert("overtime", event.hours().overtime().toPlainString())
                .setOnInsert("night", event.hours().night().toPlainString())
                .setOnInsert("holiday", event.hours().holiday().toPlainString())
                .setOnInsert("approvedBy", event.approvedBy()), PENDING);
        Document run = mongo.findById(event.period().toString(), Document.class, RUNS);
        if (run != null) {
            send(new PayrollRunId(run.getString("runId")),
                    mongo.findById(event.timesheetId().value(), Document.class, PENDING));
        }
    }

    @EventHandler
    void on(PayrollRunOpenedEvent event) {
        if (event.correctsRunId() != null) {
            return; // hours go to the month's regular run; a correction run pays differences
        }
        mongo.upsert(byId(event.period().toString()),
                Update.update("runId", event.runId().value()), RUNS);
        for (Document pending : mongo.find(Query.query(Criteria.where("period").is(event.period().toString())),
                Document.class, PENDING)) {
            send(event.runId(), pending);
        }
    }

    private void send(PayrollRunId runId, Document pending) {
        String timesheet = pending.getString("_id");
        commands.sendAndWait(new RecordApprovedHoursCommand(runId, timesheet,
                new EmployeeId(pending.getString("employeeId")), new BigDecimal(pending.getString("overtime")),
                new BigDecimal(pending.getString("night")), new BigDecimal(pending.getString("holiday")),
                "timesheet " + timesheet + " approved by " + pending.getString("approvedBy")));
    }
}
