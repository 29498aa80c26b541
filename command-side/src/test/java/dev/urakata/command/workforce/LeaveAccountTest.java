package dev.urakata.command.workforce;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ApproveLeaveCommand;
import dev.urakata.shared.workforce.CloseLeaveAccountCommand;
import dev.urakata.shared.workforce.LeaveAccountClosedEvent;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.LeaveAccountOpenedEvent;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveRejectedEvent;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.LeaveRequestedEvent;
import dev.urakata.shared.workforce.LeaveType;
import dev.urakata.shared.workforce.OpenLeaveAccountCommand;
import dev.urakata.shared.workforce.RejectLeaveCommand;
import dev.urakata.shared.workforce.RequestLeaveCommand;
import dev.urakata.shared.workforce.VacationAccruedEvent;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path and the accrual deadline of LeaveAccount. */
class LeaveAccountTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final LeaveAccountId ACCOUNT = LeaveAccountId.of(AIKO);
    static final LocalDate HIRED = LocalDate.of(2026, 4, 10);
    static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant JUNE_1 = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant JULY_1 = Instant.parse("2026-07-01T00:00:00Z");
    static final LeaveRequestId REQUEST = new LeaveRequestId("req-1");

    private AggregateTestFixture<LeaveAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaveAccount.class);
        fixture.registerInjectableResource(WorkforceTimeSettings.defaults());
    }

    static OpenLeaveAccountCommand open() {
        return new OpenLeaveAccountCommand(ACCOUNT, AIKO, "staff1", HIRED, new BigDecimal("20"),
                Instant.parse("2026-04-09T03:00:00Z"));
    }

    static LeaveAccountOpenedEvent opened() {
        return new LeaveAccountOpenedEvent(ACCOUNT, AIKO, "staff1", HIRED, new BigDecimal("20"), 0,
                new BigDecimal("0.00"), MAY_1);
    }

    static VacationAccruedEvent accrued(YearMonth month, String days, String balance) {
        return new VacationAccruedEvent(ACCOUNT, AIKO, month, new BigDecimal(days), new BigDecimal(balance));
    }

    static BigDecimal days(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Accrual {
        @Test
        void openingSchedulesTheHireMonthsAccrualForTheFirstOfTheNextMonth() {
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .when(open())
                    .expectEvents(opened())
                    .expectScheduledDeadline(MAY_1, YearMonth.of(2026, 4));
        }

        @Test
        void aHireRecordedMonthsLaterOpensWithTheCompletedMonthsCreditedAtOnce() {
            // Hired 10 April, recorded 3 November: April to October (7 months) = 20 × 7 / 12 = 11.67 days.
            fixture.givenCurrentTime(Instant.parse("2026-11-03T00:00:00Z"))
                    .when(new OpenLeaveAccountCommand(ACCOUNT, AIKO, "staff1", HIRED, new BigDecimal("20"),
                            Instant.parse("2026-11-03T00:00:00Z")))
                    .expectEvents(new LeaveAccountOpenedEvent(ACCOUNT, AIKO, "staff1", HIRED, new BigDecimal("20"), 7,
                            new BigDecimal("11.67"), Instant.parse("2026-12-01T00:00:00Z")))
                    .expectScheduledDeadline(Instant.parse("2026-12-01T00:00:00Z"), YearMonth.of(2026, 11));
        }

        @Test
        void afterABackdatedOpeningTheMonthlyAccrualContinuesFromTheCumulativeFormula() {
            fixture.givenCurrentTime(Instant.parse("2026-11-03T00:00:00Z"))
                    .andGivenCommands(new OpenLeaveAccountCommand(ACCOUNT, AIKO, "staff1", HIRED,
                            new BigDecimal("20"), Instant.parse("2026-11-03T00:00:00Z")))
                    .whenTimeAdvancesTo(Instant.parse("2026-12-01T00:00:00Z"))
                    // The eighth accrual: 20 × 8 / 12 = 13.33, minus the 11.67 credited.
                    .expectEvents(accrued(YearMonth.of(2026, 11), "1.66", "13.33"));
        }

        @Test
        void aSecondOpeningChangesNothing() {
            fixture.given(opened()).when(open()).expectNoEvents();
        }

        @Test
        void accruesATwelfthOfTheQuotaEachMonthAndSchedulesTheNext() {
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .andGivenCommands(open())
                    .whenTimeAdvancesTo(MAY_1)
                    .expectEvents(accrued(YearMonth.of(2026, 4), "1.67", "1.67"))
                    .expectScheduledDeadline(JUNE_1, YearMonth.of(2026, 5));
        }

        @Test
        void accruesEveryMonthWithTheRemainderLandingWhereTheRoundedCumulativeSaysSo() {
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .andGivenCommands(open())
                    .whenTimeAdvancesTo(JULY_1)
                    // 20 × 2 / 12 = 3.33 accrued after two months, so May adds 3.33 − 1.67 = 1.66.
                    .expectEvents(accrued(YearMonth.of(2026, 4), "1.67", "1.67"),
                            accrued(YearMonth.of(2026, 5), "1.66", "3.33"),
                            accrued(YearMonth.of(2026, 6), "1.67", "5.00"));
        }

        @Test
        void twelveAccrualsAddUpToExactlyTheQuota() {
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .andGivenCommands(open())
                    .whenTimeAdvancesTo(Instant.parse("2027-04-01T00:00:00Z"))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAllOf(
                                    org.hamcrest.Matchers.equalTo(accrued(YearMonth.of(2027, 3), "1.67", "20.00")))));
        }

        @Test
        void stopsAfterTheMonthOfTheLastDay() {
            // Terminated with last day 15 May: April and May accrue, June does not, nothing is scheduled after.
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .andGivenCommands(open(), new CloseLeaveAccountCommand(ACCOUNT, LocalDate.of(2026, 5, 15)))
                    .whenTimeAdvancesTo(Instant.parse("2026-09-01T00:00:00Z"))
                    .expectEvents(accrued(YearMonth.of(2026, 4), "1.67", "1.67"),
                            accrued(YearMonth.of(2026, 5), "1.66", "3.33"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void theMonthOfTheLastDayStillAccrues() {
            fixture.givenCurrentTime(Instant.parse("2026-04-09T00:00:00Z"))
                    .andGivenCommands(open())
                    .when(new CloseLeaveAccountCommand(ACCOUNT, LocalDate.of(2026, 3, 31).plusDays(20)))
                    .expectEvents(new LeaveAccountClosedEvent(ACCOUNT, AIKO, LocalDate.of(2026, 4, 20),
                            days("0.00")))
                    .expectScheduledDeadlineWithName(MAY_1, LeaveAccount.ACCRUAL_DEADLINE);
        }

        @Test
        void aSecondClosingChangesNothing() {
            fixture.given(opened(), new LeaveAccountClosedEvent(ACCOUNT, AIKO, HIRED, days("0.00")))
                    .when(new CloseLeaveAccountCommand(ACCOUNT, HIRED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Requests {
        static final VacationAccruedEvent FIVE_DAYS = accrued(YearMonth.of(2026, 4), "5.00", "5.00");

        RequestLeaveCommand vacation(LocalDate first, LocalDate last) {
            return new RequestLeaveCommand(ACCOUNT, REQUEST, LeaveType.VACATION, first, last, "staff1", "beach");
        }

        LeaveRequestedEvent requested(LocalDate first, LocalDate last, String workingDays, boolean over) {
            return new LeaveRequestedEvent(AIKO, ACCOUNT, REQUEST, LeaveType.VACATION, first, last, days(workingDays),
                    over, "staff1", "beach");
        }

        @Test
        void countsWorkingDaysMondayToFridayExceptPublicHolidays() {
            // Fri 1 May to Mon 11 May 2026: 7 weekdays.
            fixture.given(opened(), FIVE_DAYS)
                    .when(new RequestLeaveCommand(ACCOUNT, REQUEST, LeaveType.SICK, LocalDate.of(2026, 5, 1),
                            LocalDate.of(2026, 5, 11), "staff1", null))
                    .expectEvents(new LeaveRequestedEvent(AIKO, ACCOUNT, REQUEST, LeaveType.SICK,
                            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), days("7.00"), false, "staff1", null));
            // With Monday 4 and Tuesday 5 May as public holidays, five.
            AggregateTestFixture<LeaveAccount> withHolidays = new AggregateTestFixture<>(LeaveAccount.class);
            withHolidays.registerInjectableResource(new WorkforceTimeSettings(15, days("20"),
                    WorkforceTimeSettings.OverBalance.REFUSE, List.of(LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 5)), ZoneId.of("UTC")));
            withHolidays.given(opened(), FIVE_DAYS)
                    .when(new RequestLeaveCommand(ACCOUNT, REQUEST, LeaveType.SICK, LocalDate.of(2026, 5, 1),
                            LocalDate.of(2026, 5, 11), "staff1", null))
                    .expectEvents(new LeaveRequestedEvent(AIKO, ACCOUNT, REQUEST, LeaveType.SICK,
                            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), days("5.00"), false, "staff1", null));
        }

        @Test
        void vacationBeyondTheBalanceIsRefusedByDefault() {
            fixture.given(opened(), FIVE_DAYS)
                    .when(vacation(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11))) // 6 working days
                    .expectException(refusedWith(WorkforceErrors.LEAVE_OVER_BALANCE))
                    .expectNoEvents();
        }

        @Test
        void vacationWithinTheBalanceIsRequestedAndApprovalDeductsItsWorkingDays() {
            fixture.given(opened(), FIVE_DAYS)
                    .when(vacation(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10))) // Mon-Sun: 5 days
                    .expectEvents(requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10), "5.00", false));
            fixture.given(opened(), FIVE_DAYS, requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10), "5.00",
                            false))
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "manager", "manager"))
                    .expectEvents(new LeaveApprovedEvent(ACCOUNT, AIKO, REQUEST, LeaveType.VACATION,
                            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10), days("5.00"), days("0.00"), false,
                            "manager"));
        }

        @Test
        void sickAndUnpaidLeaveDeductNothing() {
            LeaveRequestedEvent sick = new LeaveRequestedEvent(AIKO, ACCOUNT, REQUEST, LeaveType.SICK,
                    LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), days("20.00"), false, "hr", null);
            fixture.given(opened(), FIVE_DAYS, sick)
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "hr", "hr"))
                    .expectEvents(new LeaveApprovedEvent(ACCOUNT, AIKO, REQUEST, LeaveType.SICK,
                            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), days("0"), days("5.00"), false,
                            "hr"));
        }

        @Test
        void withTheFlagPolicyOverBalanceVacationIsAcceptedFlaggedAndTakesTheBalanceBelowZero() {
            fixture = new AggregateTestFixture<>(LeaveAccount.class);
            fixture.registerInjectableResource(new WorkforceTimeSettings(15, days("20"),
                    WorkforceTimeSettings.OverBalance.FLAG, List.of(), ZoneId.of("UTC")));
            fixture.given(opened(), FIVE_DAYS)
                    .when(vacation(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11)))
                    .expectEvents(requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), "6.00", true));
            fixture.given(opened(), FIVE_DAYS, requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), "6.00",
                            true))
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "manager", "manager"))
                    .expectEvents(new LeaveApprovedEvent(ACCOUNT, AIKO, REQUEST, LeaveType.VACATION,
                            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), days("6.00"), days("-1.00"), true,
                            "manager"));
        }

        @Test
        void theBalanceIsCheckedAgainOnApproval() {
            LeaveRequestId other = new LeaveRequestId("req-0");
            fixture.given(opened(), FIVE_DAYS,
                            requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8), "5.00", false),
                            new LeaveRequestedEvent(AIKO, ACCOUNT, other, LeaveType.VACATION, LocalDate.of(2026, 6, 1),
                                    LocalDate.of(2026, 6, 1), days("1.00"), false, "staff1", null),
                            new LeaveApprovedEvent(ACCOUNT, AIKO, other, LeaveType.VACATION, LocalDate.of(2026, 6, 1),
                                    LocalDate.of(2026, 6, 1), days("1.00"), days("4.00"), false, "manager"))
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "manager", "manager"))
                    .expectException(refusedWith(WorkforceErrors.LEAVE_OVER_BALANCE));
        }

        @Test
        void overlappingRequestsAreAConflictUnlessTheEarlierWasRejected() {
            LeaveRequestedEvent first = requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), "2.00", false);
            RequestLeaveCommand overlapping = new RequestLeaveCommand(ACCOUNT, new LeaveRequestId("req-2"),
                    LeaveType.UNPAID, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6), "staff1", null);
            fixture.given(opened(), FIVE_DAYS, first)
                    .when(overlapping)
                    .expectException(refusedWith(WorkforceErrors.LEAVE_OVERLAP));
            fixture.given(opened(), FIVE_DAYS, first,
                            new LeaveRejectedEvent(ACCOUNT, AIKO, REQUEST, "manager", "busy week"))
                    .when(overlapping)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void badRangesAndDaysOutsideTheEmploymentAreRefused() {
            fixture.given(opened())
                    .when(vacation(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 4)))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
            fixture.given(opened())
                    .when(new RequestLeaveCommand(ACCOUNT, REQUEST, LeaveType.UNPAID, LocalDate.of(2026, 4, 1),
                            LocalDate.of(2026, 4, 10), "staff1", null))
                    .expectException(refusedWith(CommonErrors.BUSINESS_RULE_VIOLATED));
            fixture.given(opened(), new LeaveAccountClosedEvent(ACCOUNT, AIKO, LocalDate.of(2026, 6, 30),
                            days("0.00")))
                    .when(new RequestLeaveCommand(ACCOUNT, REQUEST, LeaveType.UNPAID, LocalDate.of(2026, 6, 29),
                            LocalDate.of(2026, 7, 3), "staff1", null))
                    .expectException(refusedWith(WorkforceErrors.LEAVE_ACCOUNT_CLOSED));
        }

        @Test
        void decisionsNeedAPendingRequestAnotherPersonAndForARejectionAReason() {
            LeaveRequestedEvent pending = requested(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), "2.00",
                    false);
            fixture.given(opened(), FIVE_DAYS)
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "manager", "manager"))
                    .expectException(refusedWith(WorkforceErrors.UNKNOWN_LEAVE_REQUEST));
            fixture.given(opened(), FIVE_DAYS, pending)
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "staff1", "staff1"))
                    .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED));
            fixture.given(opened(), FIVE_DAYS, pending)
                    .when(new RejectLeaveCommand(ACCOUNT, REQUEST, "manager", "manager", ""))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
            fixture.given(opened(), FIVE_DAYS, pending)
                    .when(new RejectLeaveCommand(ACCOUNT, REQUEST, "manager", "manager", "busy week"))
                    .expectEvents(new LeaveRejectedEvent(ACCOUNT, AIKO, REQUEST, "manager", "busy week"));
            fixture.given(opened(), FIVE_DAYS, pending,
                            new LeaveRejectedEvent(ACCOUNT, AIKO, REQUEST, "manager", "busy week"))
                    .when(new ApproveLeaveCommand(ACCOUNT, REQUEST, "manager", "manager"))
                    .expectException(refusedWith(WorkforceErrors.LEAVE_REQUEST_STATUS_CONFLICT));
        }
    }
}
