package dev.urakata.command.processes;

import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminateEmployeeCommand;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static dev.urakata.command.processes.ProcessFixtures.allCorrelatedWith;
import static dev.urakata.command.processes.ProcessFixtures.correlated;

/** A temporary employment ends itself on its contract end date; an earlier termination leaves nothing to do. */
class ContractEndSagaTest {

    static final EmployeeId ID = new EmployeeId("emp-3");
    static final Instant RECORDED = Instant.parse("2026-07-01T09:00:00Z");
    static final LocalDate END = LocalDate.parse("2026-08-31");
    static final Instant END_OVER = Instant.parse("2026-09-01T00:00:00Z");

    private SagaTestFixture<ContractEndSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContractEndSaga.class);
        fixture.registerResource(ProcessSettings.defaults());
    }

    static EmployeeHiredEvent hired(EmploymentType type, LocalDate contractEnd) {
        return new EmployeeHiredEvent(ID, "S-1", "Ken", "Ito", "ken@example.com", "Warehouse", "Picker", type,
                contractEnd, LocalDate.parse("2026-07-01"), Money.of("250000", "JPY"));
    }

    @Test
    void aTemporaryHireIsTerminatedWhenItsContractEnds() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(EmploymentType.TEMPORARY, END), correlated("season-2026"))
                .whenTimeAdvancesTo(END_OVER)
                .expectTriggeredDeadlinesWithName(ContractEndSaga.CONTRACT_ENDED)
                .expectDispatchedCommands(new TerminateEmployeeCommand(ID, TerminationReason.END_OF_CONTRACT, END,
                        "Temporary contract ended on 2026-08-31"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("season-2026"))
                .expectActiveSagas(0);
    }

    @Test
    void aPermanentHireHasNothingToWatch() {
        fixture.givenCurrentTime(RECORDED)
                .whenPublishingA(hired(EmploymentType.PERMANENT, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void anEarlierTerminationCancelsTheContractEnd() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(hired(EmploymentType.TEMPORARY, END))
                .andThenAPublished(new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION,
                        LocalDate.parse("2026-07-31"), null))
                .whenTimeElapses(Duration.ofDays(90))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
