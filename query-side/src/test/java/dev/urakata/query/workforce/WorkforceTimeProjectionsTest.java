package dev.urakata.query.workforce;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.workforce.AttendanceEntry;
import dev.urakata.shared.workforce.AttendancePage;
import dev.urakata.shared.workforce.AttendanceStatus;
import dev.urakata.shared.workforce.EmployeeAddedToShiftRosterEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeRemovedFromShiftRosterEvent;
import dev.urakata.shared.workforce.FindLeaveBalanceQuery;
import dev.urakata.shared.workforce.LeaveAccountClosedEvent;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.LeaveAccountOpenedEvent;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveBalance;
import dev.urakata.shared.workforce.LeaveRejectedEvent;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.LeaveRequestPage;
import dev.urakata.shared.workforce.LeaveRequestStatus;
import dev.urakata.shared.workforce.LeaveRequestSummary;
import dev.urakata.shared.workforce.LeaveRequestedEvent;
import dev.urakata.shared.workforce.LeaveType;
import dev.urakata.shared.workforce.ListAttendanceQuery;
import dev.urakata.shared.workforce.ListLeaveRequestsQuery;
import dev.urakata.shared.workforce.ListTimesheetsQuery;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceCancelledEvent;
import dev.urakata.shared.workforce.ShiftAttendanceCompletedEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftMissedEvent;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetPage;
import dev.urakata.shared.workforce.TimesheetRejectedEvent;
import dev.urakata.shared.workforce.TimesheetStatus;
import dev.urakata.shared.workforce.TimesheetSubmittedEvent;
import dev.urakata.shared.workforce.TimesheetSummary;
import dev.urakata.shared.workforce.VacationAccruedEvent;
import dev.urakata.shared.workforce.WorkedShift;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance, timesheet, leave balance and leave request read models on the embedded MongoDB-wire server. */
class WorkforceTimeProjectionsTest {

    static final ScheduleId SCHEDULE = new ScheduleId("sched-1");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final EmployeeId SORA = new EmployeeId("sora");
    static final ShiftId MONDAY = new ShiftId("monday");
    static final ShiftId TUESDAY = new ShiftId("tuesday");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    static ShiftAttendanceOpenedEvent opened(ShiftId shift, int day, List<EmployeeId> roster) {
        LocalDateTime start = LocalDateTime.of(2026, 4, day, 9, 0);
        return new ShiftAttendanceOpenedEvent(shift, SCHEDULE, "UTC", start, start.plusHours(8),
                Instant.parse("2026-04-%02dT09:00:00Z".formatted(day)), Instant.parse("2026-04-%02dT17:00:00Z"
                .formatted(day)), Instant.parse("2026-04-%02dT09:15:00Z".formatted(day)), roster);
    }

    @Test
    void attendanceShowsClockTimesLateAndEarlyMinutesAndTheShiftStatusPerShiftAndPerEmployee() {
        AttendanceProjection projection = new AttendanceProjection(mongo.template());
        EmployeeClockedInEvent aikoIn = new EmployeeClockedInEvent(MONDAY, AIKO,
                Instant.parse("2026-04-06T09:07:00Z"), 7, "staff1", null);
        EmployeeClockedOutEvent aikoOut = new EmployeeClockedOutEvent(MONDAY, AIKO,
                Instant.parse("2026-04-06T16:30:00Z"), 30, "staff1", null);
        projection.on(opened(MONDAY, 6, List.of(AIKO, KEN)));
        projection.on(new EmployeeAddedToShiftRosterEvent(MONDAY, SORA));
        projection.on(new EmployeeRemovedFromShiftRosterEvent(MONDAY, SORA));
        projection.on(aikoIn);
        projection.on(aikoOut);
        projection.on(new ShiftAttendanceCompletedEvent(MONDAY, List.of(KEN)));
        // Redelivered: the opening must not send the completed shift back to planned, nor the clock-in to active.
        projection.on(opened(MONDAY, 6, List.of(AIKO, KEN)));
        projection.on(aikoIn);
        projection.on(opened(TUESDAY, 7, List.of(AIKO)));
        projection.on(new ShiftMissedEvent(TUESDAY, Instant.parse("2026-04-07T09:15:00Z"), List.of(AIKO)));
        ShiftId wednesday = new ShiftId("wednesday");
        projection.on(opened(wednesday, 8, List.of(AIKO)));
        projection.on(new ShiftAttendanceCancelledEvent(wednesday, "closed"));

        AttendancePage monday = projection.handle(new ListAttendanceQuery(MONDAY, null, null, null, 0, 20));
        assertThat(monday.total()).isEqualTo(3);
        AttendanceEntry aiko = monday.items().get(0);
        assertThat(aiko).isEqualTo(new AttendanceEntry(MONDAY, SCHEDULE, AIKO, "UTC",
                LocalDateTime.of(2026, 4, 6, 9, 0), LocalDateTime.of(2026, 4, 6, 17, 0), AttendanceStatus.COMPLETED,
                true, aikoIn.clockedInAt(), 7, aikoOut.clockedOutAt(), 30));
        assertThat(monday.items()).extracting(AttendanceEntry::employeeId, AttendanceEntry::onRoster,
                AttendanceEntry::clockedInAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AIKO, true, aikoIn.clockedInAt()),
                org.assertj.core.groups.Tuple.tuple(KEN, true, null),
                org.assertj.core.groups.Tuple.tuple(SORA, false, null));

        AttendancePage aikoWeek = projection.handle(new ListAttendanceQuery(null, AIKO, LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 7), 0, 20));
        assertThat(aikoWeek.items()).extracting(AttendanceEntry::shiftId, AttendanceEntry::shiftStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, AttendanceStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(TUESDAY, AttendanceStatus.MISSED));
        assertThat(projection.handle(new ListAttendanceQuery(null, AIKO, LocalDate.of(2026, 4, 8), null, 0, 20))
                .items()).extracting(AttendanceEntry::shiftStatus).containsExactly(AttendanceStatus.CANCELLED);
        // Clock times are instants, stored as dates.
        assertThat(mongo.template().findById(MONDAY.value() + ":" + AIKO.value(), Document.class,
                AttendanceProjection.COLLECTION)).extractingByKeys("clockedInAt", "clockedOutAt")
                .allMatch(Date.class::isInstance);
    }

    @Test
    void aTimesheetShowsItsHoursShiftsAndDecisionAndARedeliveredRejectionDoesNotUndoAResubmission() {
        TimesheetProjection projection = new TimesheetProjection(mongo.template());
        TimesheetId id = TimesheetId.of(AIKO, YearMonth.of(2026, 4));
        WorkedShift shift = new WorkedShift(MONDAY, "UTC", "in-1", Instant.parse("2026-04-06T09:00:00Z"), "out-1",
                Instant.parse("2026-04-06T18:00:00Z"));
        TimesheetHours hours = new TimesheetHours(new BigDecimal("9.00"), new BigDecimal("8.00"),
                new BigDecimal("1.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        TimesheetSubmittedEvent submitted = new TimesheetSubmittedEvent(id, AIKO, "staff1", YearMonth.of(2026, 4),
                List.of(shift), hours, "staff1");
        TimesheetRejectedEvent rejected = new TimesheetRejectedEvent(id, AIKO, YearMonth.of(2026, 4), "manager",
                "Tuesday missing");
        projection.on(submitted, 0);
        projection.on(rejected, 1);
        projection.on(submitted, 2);
        projection.on(rejected, 1); // redelivered
        projection.on(new TimesheetApprovedEvent(id, AIKO, YearMonth.of(2026, 4), hours, List.of("in-1", "out-1"),
                "manager"), 3);

        TimesheetPage page = projection.handle(new ListTimesheetsQuery(null, AIKO, YearMonth.of(2026, 4), null, 0,
                20));
        assertThat(page.items()).containsExactly(new TimesheetSummary(id, AIKO, YearMonth.of(2026, 4),
                TimesheetStatus.APPROVED, hours, List.of(shift), "staff1", "manager", null));
        assertThat(projection.handle(new ListTimesheetsQuery(null, null, null, TimesheetStatus.SUBMITTED, 0, 20))
                .total()).isZero();
        assertThat(projection.handle(new ListTimesheetsQuery(id, null, null, null, 0, 1)).total()).isOne();
        // Hours are stored as decimals, which sum in any MongoDB client.
        assertThat(mongo.template().findById(id.value(), Document.class, TimesheetProjection.COLLECTION)
                .get("hours", Document.class).values()).hasSize(5).allMatch(Decimal128.class::isInstance);
        // Clock times are instants, stored as dates.
        assertThat(mongo.template().findById(id.value(), Document.class, TimesheetProjection.COLLECTION)
                .getList("shifts", Document.class)).singleElement()
                .satisfies(stored -> assertThat(stored.get("clockedInAt")).isInstanceOf(Date.class));
    }

    @Test
    void theLeaveBalanceCountsEachAccrualAndApprovalOnce() {
        LeaveBalanceProjection projection = new LeaveBalanceProjection(mongo.template());
        LeaveAccountId account = LeaveAccountId.of(AIKO);
        projection.on(new LeaveAccountOpenedEvent(account, AIKO, "staff1", LocalDate.of(2026, 4, 1),
                new BigDecimal("20"), 0, new BigDecimal("0.00"), Instant.parse("2026-05-01T00:00:00Z")), 0);
        VacationAccruedEvent april = new VacationAccruedEvent(account, AIKO, YearMonth.of(2026, 4),
                new BigDecimal("1.67"), new BigDecimal("1.67"));
        projection.on(april, 1);
        projection.on(april, 1); // redelivered
        projection.on(new VacationAccruedEvent(account, AIKO, YearMonth.of(2026, 5), new BigDecimal("1.66"),
                new BigDecimal("3.33")), 2);
        projection.on(new LeaveApprovedEvent(account, AIKO, new LeaveRequestId("r1"), LeaveType.VACATION,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), new BigDecimal("2.00"), new BigDecimal("1.33"),
                false, "manager"), 4);
        projection.on(new LeaveAccountClosedEvent(account, AIKO, LocalDate.of(2026, 6, 30), new BigDecimal("1.33")),
                5);

        assertThat(projection.handle(new FindLeaveBalanceQuery(AIKO))).contains(new LeaveBalance(AIKO,
                new BigDecimal("20"), new BigDecimal("3.33"), new BigDecimal("2.00"), new BigDecimal("1.33"),
                YearMonth.of(2026, 5), true));
        assertThat(projection.handle(new FindLeaveBalanceQuery(KEN))).isEmpty();
        assertThat(projection.employeeWithNumber("staff1")).contains(AIKO);

        // Opened months after the hire: the completed months are already in the balance.
        projection.on(new LeaveAccountOpenedEvent(LeaveAccountId.of(KEN), KEN, "ken", LocalDate.of(2026, 4, 10),
                new BigDecimal("20"), 7, new BigDecimal("11.67"), Instant.parse("2026-12-01T00:00:00Z")), 0);
        assertThat(projection.handle(new FindLeaveBalanceQuery(KEN))).contains(new LeaveBalance(KEN,
                new BigDecimal("20"), new BigDecimal("11.67"), new BigDecimal("0.00"), new BigDecimal("11.67"),
                YearMonth.of(2026, 10), false));
        assertThat(mongo.template().findAll(Document.class, LeaveBalanceProjection.COLLECTION)).hasSize(2)
                .flatExtracting(doc -> List.of(doc.get("annualVacationDays"), doc.get("accrued"), doc.get("taken"),
                        doc.get("balance")))
                .allMatch(Decimal128.class::isInstance);
    }

    @Test
    void anErasureOverwritesTheReasonsGivenForRejectionsOfThatEmployeeOnly() {
        LeaveRequestProjection leave = new LeaveRequestProjection(mongo.template());
        TimesheetProjection timesheets = new TimesheetProjection(mongo.template());
        for (EmployeeId employee : List.of(AIKO, KEN)) {
            LeaveAccountId account = LeaveAccountId.of(employee);
            LeaveRequestId request = new LeaveRequestId("may-" + employee.value());
            leave.on(new LeaveRequestedEvent(employee, account, request, LeaveType.SICK, LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 4), new BigDecimal("1.00"), false, "hr", null));
            leave.on(new LeaveRejectedEvent(account, employee, request, "manager", "ask Dr. Sato"));
            TimesheetId sheet = TimesheetId.of(employee, YearMonth.of(2026, 4));
            timesheets.on(new TimesheetSubmittedEvent(sheet, employee, "staff1", YearMonth.of(2026, 4), List.of(),
                    new TimesheetHours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO), "staff1"), 0);
            timesheets.on(new TimesheetRejectedEvent(sheet, employee, YearMonth.of(2026, 4), "manager",
                    "Sato says Tuesday is missing"), 1);
        }

        PersonalDataErasedEvent erasure = new PersonalDataErasedEvent(new DataSubjectId(AIKO.value()), "request");
        leave.on(erasure);
        timesheets.on(erasure);

        assertThat(leave.handle(new ListLeaveRequestsQuery(AIKO, null, 0, 20)).items().get(0).reason())
                .isEqualTo(PersonalDataFields.ERASED);
        assertThat(leave.handle(new ListLeaveRequestsQuery(KEN, null, 0, 20)).items().get(0).reason())
                .isEqualTo("ask Dr. Sato");
        assertThat(timesheets.handle(new ListTimesheetsQuery(null, AIKO, null, null, 0, 20)).items().get(0)
                .reason()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(timesheets.handle(new ListTimesheetsQuery(null, KEN, null, null, 0, 20)).items().get(0)
                .reason()).isEqualTo("Sato says Tuesday is missing");
    }

    @Test
    void leaveRequestsShowTheirDaysAndDecisionsByFirstDay() {
        LeaveRequestProjection projection = new LeaveRequestProjection(mongo.template());
        LeaveAccountId account = LeaveAccountId.of(AIKO);
        LeaveRequestId june = new LeaveRequestId("june");
        LeaveRequestId may = new LeaveRequestId("may");
        LeaveRequestedEvent juneRequested = new LeaveRequestedEvent(AIKO, account, june, LeaveType.VACATION,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), new BigDecimal("5.00"), true, "staff1", "trip");
        projection.on(juneRequested);
        projection.on(new LeaveRequestedEvent(AIKO, account, may, LeaveType.SICK, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 4), new BigDecimal("1.00"), false, "hr", null));
        projection.on(new LeaveApprovedEvent(account, AIKO, june, LeaveType.VACATION, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5), new BigDecimal("5.00"), new BigDecimal("-1.00"), true, "manager"));
        projection.on(juneRequested); // redelivered: still approved
        projection.on(new LeaveRejectedEvent(account, AIKO, may, "manager", "no certificate"));

        LeaveRequestPage all = projection.handle(new ListLeaveRequestsQuery(AIKO, null, 0, 20));
        assertThat(all.items()).containsExactly(
                new LeaveRequestSummary(may, AIKO, LeaveType.SICK, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4),
                        new BigDecimal("1.00"), LeaveRequestStatus.REJECTED, false, "hr", "manager",
                        "no certificate"),
                new LeaveRequestSummary(june, AIKO, LeaveType.VACATION, LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 6, 5), new BigDecimal("5.00"), LeaveRequestStatus.APPROVED, true, "staff1",
                        "manager", null));
        assertThat(projection.handle(new ListLeaveRequestsQuery(AIKO, LeaveRequestStatus.APPROVED, 0, 20)).total())
                .isOne();
        assertThat(projection.handle(new ListLeaveRequestsQuery(KEN, null, 0, 20)).total()).isZero();
        assertThat(mongo.template().findAll(Document.class, LeaveRequestProjection.COLLECTION)).hasSize(2)
                .extracting(doc -> doc.get("workingDays")).allMatch(Decimal128.class::isInstance);
    }
}
