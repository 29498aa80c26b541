package dev.urakata.command.processes;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminateEmployeeCommand;
import dev.urakata.shared.hr.TerminationReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ends a temporary employment on its contract end date: when that day is over, HR's termination is recorded (reason
 * {@code END_OF_CONTRACT}), and offboarding follows from it like from any other termination. A seasonal batch of
 * hires thus releases itself on time. An employment terminated earlier by HR ends this saga with nothing to do.
 *
 * <p>The termination carries the hire's correlation id: a seasonal batch's whole life is one trail in the audit log.
 */
@Saga
@SnapshotFields
public class ContractEndSaga {

    static final String EMPLOYEE_ID = "employeeId";
    static final String CONTRACT_ENDED = "temporary-contract-ended";

    private static final Logger log = LoggerFactory.getLogger(ContractEndSaga.class);

    private EmployeeId employeeId;
    private LocalDate contractEndDate;
    private String correlationId;

    public ContractEndSaga() {
        // for Axon and for the saga store
    }

    @StartSaga
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeHiredEvent event, @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlation,
            @Timestamp Instant recordedAt, DeadlineManager deadlines, ProcessSettings settings) {
        if (event.employmentType() != EmploymentType.TEMPORARY || event.contractEndDate() == null) {
            SagaLifecycle.end(); // open-ended: nothing to watch
            return;
        }
        employeeId = event.employeeId();
        contractEndDate = event.contractEndDate();
        correlationId = correlation;
        Instant over = settings.endOf(contractEndDate);
        deadlines.schedule(ProcessSettings.notBefore(over, recordedAt), CONTRACT_ENDED, employeeId.value());
    }

    @DeadlineHandler(deadlineName = CONTRACT_ENDED)
    void contractEnded(String subject, CommandGateway commands) {
        ProcessCommands.send(commands, new TerminateEmployeeCommand(employeeId, TerminationReason.END_OF_CONTRACT,
                        contractEndDate, "Temporary contract ended on " + contractEndDate), correlationId)
                // Refused only if HR terminated the employment meanwhile; its event ends this saga too.
                .ifPresent(reason -> log.info("Contract end of {} not recorded: {}", employeeId, reason));
        SagaLifecycle.end();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = EMPLOYEE_ID)
    void on(EmployeeTerminatedEvent event, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(CONTRACT_ENDED);
    }
}
