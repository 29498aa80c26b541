package dev.urakata.command.processes;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetsHeldQuery;
import dev.urakata.shared.it.RevokeSystemAccountsCommand;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.processes.CompleteProcessStepCommand;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EscalateProcessStepCommand;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.StartEmployeeProcessCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Winds an employment down when it is terminated: when the last day is over, IT revokes every account and the
 * employee's assets are expected back (escalated if they are not back in time); the final payslip must be paid in the
 * next payroll run (escalated if it is not paid in time). Each step done is recorded on the {@link EmployeeProcess};
 * the last one completes it and ends this saga.
 *
 * <p>Which assets are out is asked of the asset register when the last day is over, then kept up to date with the
 * returns this saga sees. Everything it sends carries the termination's correlation id and is idempotent. Fields are
 * opened to Jackson because the saga store serializes the saga itself.
 */
@Saga
@SnapshotFields
public class OffboardingSaga {

    static final String EMPLOYEE_ID = "employeeId";
    static final String RUN_ID = "runId";
    static final String LAST_DAY_OVER = "offboarding-last-day-over";
    static final String ASSETS_DUE = "offboarding-assets-due";
    static final String FINAL_PAY_DUE = "offboarding-final-pay-due";

    private static final Logger log = LoggerFactory.getLogger(OffboardingSaga.class);

    private EmployeeId employeeId;
    private LocalDate lastDay;
    private String correlationId;
    private boolean lastDayOver;
    /** The assets still out after the last day; {@code null} until the register has been asked. */
    private TreeSet<String> outstanding;
    private String finalRunId;
    private boolean finalPayPaid;
    private String assetsDeadline;
    private String finalPayDeadline;

    public OffboardingSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeTerminatedEvent event, @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlation,
            @Timestamp Instant recordedAt, CommandGateway commands, DeadlineManager deadlines,
            ProcessSettings settings) {
        employeeId = event.employeeId();
        lastDay = event.lastDay();
        correlationId = correlation;
        send(commands, new StartEmployeeProcessCommand(ProcessKind.OFFBOARDING, employeeId, null, lastDay));
        Instant over = ProcessSettings.notBefore(settings.endOf(lastDay), recordedAt);
        deadlines.schedule(over, LAST_DAY_OVER, employeeId.value());
        finalPayDeadline = deadlines.schedule(over.plus(settings.finalPayWithin()), FINAL_PAY_DUE, employeeId.value());
    }

    @DeadlineHandler(deadlineName = LAST_DAY_OVER)
    void lastDayOver(String subject, CommandGateway commands, QueryGateway queries, DeadlineManager deadlines,
                     ProcessSettings settings) {
        if (lastDayOver) {
            return;
        }
        lastDayOver = true;
        send(commands, new RevokeSystemAccountsCommand(employeeId, null, "offboarding: last day " + lastDay))
                .ifPresentOrElse(reason -> escalate(commands, ProcessStep.ACCOUNTS_REVOKED, "Refused: " + reason),
                        () -> complete(commands, ProcessStep.ACCOUNTS_REVOKED, "Every account revoked"));
        outstanding = assetsHeld(queries);
        if (outstanding != null && outstanding.isEmpty()) {
            complete(commands, ProcessStep.ASSETS_RETURNED, "No assets were out");
        } else {
            assetsDeadline = deadlines.schedule(settings.assetReturnWithin(), ASSETS_DUE, employeeId.value());
        }
    }

    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(AssetReturnedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        if (outstanding == null || !outstanding.remove(event.assetId().value())) {
            return; // before the last day was over (the register will not list it), or not one we wait for
        }
        if (outstanding.isEmpty()) {
            deadlines.cancelSchedule(ASSETS_DUE, assetsDeadline);
            complete(commands, ProcessStep.ASSETS_RETURNED, "Every asset back, the last on " + event.returnedOn());
        }
    }

    @DeadlineHandler(deadlineName = ASSETS_DUE)
    void assetsDue(String subject, CommandGateway commands, QueryGateway queries) {
        if (outstanding == null) {
            outstanding = assetsHeld(queries); // the register could not be asked on the last day
        }
        if (outstanding == null) {
            escalate(commands, ProcessStep.ASSETS_RETURNED, "The asset register could not tell which assets are out");
        } else if (outstanding.isEmpty()) {
            complete(commands, ProcessStep.ASSETS_RETURNED, "No assets were out");
        } else {
            escalate(commands, ProcessStep.ASSETS_RETURNED, "Not returned: " + String.join(", ", outstanding));
        }
    }

    /** The first payslip of the last day's month or later, on a regular run, is the final pay. */
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(PayslipCalculatedEvent event) {
        if (finalRunId == null && event.correctsPayslipId() == null
                && !event.period().isBefore(YearMonth.from(lastDay))) {
            finalRunId = event.runId().value();
            SagaLifecycle.associateWith(RUN_ID, finalRunId);
        }
    }

    @SagaEventHandler(associationProperty = RUN_ID)
    void on(PayrollRunPaidEvent event, CommandGateway commands, DeadlineManager deadlines) {
        if (finalPayPaid || !event.runId().value().equals(finalRunId)) {
            return;
        }
        finalPayPaid = true;
        deadlines.cancelSchedule(FINAL_PAY_DUE, finalPayDeadline);
        complete(commands, ProcessStep.FINAL_PAY, "Paid on " + event.paymentDate() + " in run " + finalRunId);
    }

    @DeadlineHandler(deadlineName = FINAL_PAY_DUE)
    void finalPayDue(String subject, CommandGateway commands) {
        if (!finalPayPaid) {
            escalate(commands, ProcessStep.FINAL_PAY, finalRunId == null
                    ? "No payroll run has calculated the final pay for " + YearMonth.from(lastDay)
                    : "Run " + finalRunId + " with the final pay is not paid");
        }
    }

    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeProcessCompletedEvent event) {
        if (event.kind() == ProcessKind.OFFBOARDING) {
            SagaLifecycle.end();
        }
    }

    /** The ids of the assets the register says the employee holds, or {@code null} if it cannot be asked now. */
    private TreeSet<String> assetsHeld(QueryGateway queries) {
        try {
            List<AssetId> held = queries.query(new AssetsHeldQuery(employeeId),
                    ResponseTypes.multipleInstancesOf(AssetId.class)).get(30, TimeUnit.SECONDS);
            TreeSet<String> ids = new TreeSet<>();
            held.forEach(id -> ids.add(id.value()));
            return ids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.warn("Offboarding of {}: the asset register could not be asked: {}", employeeId, e.toString());
            return null;
        }
    }

    private void complete(CommandGateway commands, ProcessStep step, String note) {
        send(commands, new CompleteProcessStepCommand(ProcessKind.OFFBOARDING, employeeId, step, note));
    }

    private void escalate(CommandGateway commands, ProcessStep step, String reason) {
        send(commands, new EscalateProcessStepCommand(ProcessKind.OFFBOARDING, employeeId, step, reason));
    }

    private Optional<String> send(CommandGateway commands, Object command) {
        return ProcessCommands.send(commands, command, correlationId);
    }
}
