package dev.urakata.command.processes;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.AssetsHeldQuery;
import dev.urakata.shared.it.RevokeSystemAccountsCommand;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.processes.CompleteProcessStepCommand;
import dev.urakata.shared.processes.EmployeeProcessCompletedEvent;
import dev.urakata.shared.processes.EscalateProcessStepCommand;
import dev.urakata.shared.processes.ProcessKind;
import dev.urakata.shared.processes.ProcessStep;
import dev.urakata.shared.processes.StartEmployeeProcessCommand;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.urakata.command.processes.ProcessFixtures.allCorrelatedWith;
import static dev.urakata.command.processes.ProcessFixtures.correlated;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

/** Offboarding: accounts revoked after the last day, assets back, final pay paid; late steps escalated. */
class OffboardingSagaTest {

    static final EmployeeId ID = new EmployeeId("emp-2");
    static final Instant RECORDED = Instant.parse("2026-06-20T09:00:00Z");
    static final LocalDate LAST_DAY = LocalDate.parse("2026-06-30");
    static final Instant LAST_DAY_OVER = Instant.parse("2026-07-01T00:00:00Z");
    static final AssetId LAPTOP = new AssetId("laptop-1");
    static final PayrollRunId JUNE_RUN = new PayrollRunId("run-2026-06");

    private SagaTestFixture<OffboardingSaga> fixture;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OffboardingSaga.class);
        fixture.registerResource(ProcessSettings.defaults());
        queries = mock(QueryGateway.class);
        fixture.registerResource(queries);
        holding(List.of(LAPTOP));
    }

    /** The asset register answers that the employee holds {@code assets}. */
    void holding(List<AssetId> assets) {
        doReturn(CompletableFuture.completedFuture(assets)).when(queries)
                .query(eq(new AssetsHeldQuery(ID)), any(ResponseType.class));
    }

    static EmployeeTerminatedEvent terminated() {
        return new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION, LAST_DAY, "moving abroad");
    }

    static PayslipCalculatedEvent payslip(YearMonth period, PayslipId corrects) {
        Money zero = Money.of("0", "JPY");
        return new PayslipCalculatedEvent(JUNE_RUN, new PayslipId("ps-" + period), 1, ID, "E-2", "Sales", period,
                List.of(), Money.of("300000", "JPY"), zero, Money.of("300000", "JPY"), zero, corrects);
    }

    static CompleteProcessStepCommand complete(ProcessStep step, String note) {
        return new CompleteProcessStepCommand(ProcessKind.OFFBOARDING, ID, step, note);
    }

    static EscalateProcessStepCommand escalate(ProcessStep step, String reason) {
        return new EscalateProcessStepCommand(ProcessKind.OFFBOARDING, ID, step, reason);
    }

    @Test
    void aTerminationStartsTheProcessAndWaitsForTheLastDay() {
        fixture.givenCurrentTime(RECORDED)
                .whenPublishingA(terminated(), correlated("term-1"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartEmployeeProcessCommand(ProcessKind.OFFBOARDING, ID, null, LAST_DAY))
                .expectDispatchedCommandsMatching(allCorrelatedWith("term-1"))
                .expectScheduledDeadlineWithName(LAST_DAY_OVER, OffboardingSaga.LAST_DAY_OVER)
                .expectScheduledDeadlineWithName(LAST_DAY_OVER.plus(Duration.ofDays(45)), OffboardingSaga.FINAL_PAY_DUE);
    }

    @Test
    void whenTheLastDayIsOverEveryAccountIsRevokedAndTheAssetsAreDue() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated(), correlated("term-1"))
                .whenTimeAdvancesTo(LAST_DAY_OVER)
                .expectDispatchedCommands(
                        new RevokeSystemAccountsCommand(ID, null, "offboarding: last day 2026-06-30"),
                        complete(ProcessStep.ACCOUNTS_REVOKED, "Every account revoked"))
                .expectDispatchedCommandsMatching(allCorrelatedWith("term-1"))
                .expectScheduledDeadlineWithName(LAST_DAY_OVER.plus(Duration.ofDays(7)), OffboardingSaga.ASSETS_DUE);
    }

    @Test
    void nothingOutMeansTheAssetStepIsDoneAtOnce() throws Exception {
        holding(List.of());
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .whenTimeAdvancesTo(LAST_DAY_OVER)
                .expectDispatchedCommands(
                        new RevokeSystemAccountsCommand(ID, null, "offboarding: last day 2026-06-30"),
                        complete(ProcessStep.ACCOUNTS_REVOKED, "Every account revoked"),
                        complete(ProcessStep.ASSETS_RETURNED, "No assets were out"));
    }

    @Test
    void theLastAssetBackCompletesTheStep() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .andThenTimeAdvancesTo(LAST_DAY_OVER)
                .whenPublishingA(new AssetReturnedEvent(LAPTOP, AssetType.LAPTOP, ID, LocalDate.parse("2026-07-02"),
                        "scratched lid"))
                .expectDispatchedCommands(complete(ProcessStep.ASSETS_RETURNED,
                        "Every asset back, the last on 2026-07-02"))
                .expectNoScheduledDeadlineWithName(LAST_DAY_OVER.plus(Duration.ofDays(7)), OffboardingSaga.ASSETS_DUE);
    }

    @Test
    void assetsStillOutAreEscalated() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .andThenTimeAdvancesTo(LAST_DAY_OVER)
                .whenTimeElapses(Duration.ofDays(7))
                .expectDispatchedCommands(escalate(ProcessStep.ASSETS_RETURNED, "Not returned: laptop-1"));
    }

    @Test
    void anUnreachableRegisterIsAskedAgainAndThenEscalated() throws Exception {
        doReturn(CompletableFuture.failedFuture(new IllegalStateException("no handler"))).when(queries)
                .query(eq(new AssetsHeldQuery(ID)), any(ResponseType.class));
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .andThenTimeAdvancesTo(LAST_DAY_OVER)
                .whenTimeElapses(Duration.ofDays(7))
                .expectDispatchedCommands(escalate(ProcessStep.ASSETS_RETURNED,
                        "The asset register could not tell which assets are out"));
    }

    @Test
    void theFinalPayslipPaidCompletesTheFinalPay() {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .andThenAPublished(payslip(YearMonth.of(2026, 5), null))
                .andThenAPublished(payslip(YearMonth.of(2026, 6), null))
                .whenPublishingA(new PayrollRunPaidEvent(JUNE_RUN, LocalDate.parse("2026-07-25")))
                .expectAssociationWith("runId", JUNE_RUN.value())
                .expectDispatchedCommands(complete(ProcessStep.FINAL_PAY, "Paid on 2026-07-25 in run run-2026-06"))
                .expectNoScheduledDeadlineWithName(LAST_DAY_OVER.plus(Duration.ofDays(45)),
                        OffboardingSaga.FINAL_PAY_DUE);
    }

    @Test
    void anEarlierMonthsPayslipIsNotTheFinalPay() {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .whenPublishingA(payslip(YearMonth.of(2026, 5), null))
                .expectNoAssociationWith("runId", JUNE_RUN.value());
    }

    @Test
    void aFinalPayNotPaidInTimeIsEscalated() throws Exception {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .andThenTimeAdvancesTo(LAST_DAY_OVER.plusSeconds(1))
                .andThenAPublished(payslip(YearMonth.of(2026, 6), null))
                .whenTimeElapses(Duration.ofDays(45))
                .expectDispatchedCommandsMatching(ProcessFixtures.including(escalate(ProcessStep.FINAL_PAY,
                        "Run run-2026-06 with the final pay is not paid")));
    }

    @Test
    void theCompletedProcessEndsTheSaga() {
        fixture.givenCurrentTime(RECORDED)
                .andThenAPublished(terminated())
                .whenPublishingA(new EmployeeProcessCompletedEvent(ProcessKind.OFFBOARDING, ID))
                .expectActiveSagas(0);
    }
}
