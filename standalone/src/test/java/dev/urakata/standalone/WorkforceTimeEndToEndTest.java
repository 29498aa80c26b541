package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ShiftId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Time, timesheets and leave over HTTP: an employee clocks in and out of a published shift, submits the month's
 * timesheet, a manager approves it, the hours and clock events show in the timesheet view and the audit trail; a
 * vacation request is approved against the accrued balance.
 */
class WorkforceTimeEndToEndTest extends EmbeddedStackTest {

    Api.Response post(String user, String path, String json) {
        return json == null ? api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build())
                : api().post(user, path, json);
    }


    /**
     * Plans one shift in a new schedule (time zone UTC) through the schedule endpoints, assigns {@code employees}
     * (waiting until scheduling has seen their hires) and publishes the schedule.
     */
    ShiftId publishedShift(LocalDateTime start, int hours, int headcount, String... employees) {
        Api.Response schedule = api().post("manager", "/api/workforce/schedules", """
                {"location":"Tokyo store","team":"Tills","firstDay":"%s","lastDay":"%s","timeZone":"UTC"}"""
                .formatted(start.toLocalDate().minusDays(1), start.toLocalDate().plusDays(1)));
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(201);
        String base = "/api/workforce/schedules/" + schedule.json().get("scheduleId").asText();
        Api.Response added = api().post("manager", base + "/shifts", """
                {"start":"%s","end":"%s","position":"Cashier","requiredHeadcount":%d}"""
                .formatted(start, start.plusHours(hours), headcount));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        ShiftId shift = new ShiftId(added.json().get("shiftId").asText());
        for (String employee : employees) {
            await().atMost(Duration.ofSeconds(20)).until(() -> api().post("manager", base + "/shifts/" + shift
                    + "/assignments", "{\"employeeId\":\"" + employee + "\"}").status() == 200);
        }
        assertThat(post("manager", base + "/publish", null).status()).isEqualTo(200);
        return shift;
    }

    @Test
    void aPublishedShiftNobodyClocksInForIsMissedByItsDeadline() {
        // Started 20 minutes ago with the default grace of 15: its deadline is already due when it is published, so
        // the persistent deadline manager fires it at its next poll.
        ShiftId shift = publishedShift(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                .minusMinutes(20), 4, 1);
        String shiftPath = "/api/workforce/shifts/" + shift;

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode status = api().get("compliance", "/api/audit/events?aggregateId=" + shift).json();
            return status.toString().contains("ShiftMissedEvent");
        });
        SystemAttribution.assertMadeBySystem(api(), shift.toString(), "ShiftMissedEvent",
                "ShiftAttendanceOpenedEvent");
        assertProblem(post("manager", shiftPath + "/clock-in", "{\"employeeId\":\"" + employee("staff1")
                + "\",\"note\":\"late\"}"), 409, "SHIFT_CLOSED_FOR_CLOCKING");
    }

    @Test
    void anEmployeeClocksASubmittedAndApprovedTimesheetAndTakesApprovedVacation() {
        String staff1 = employee("staff1");
        String staff2 = employee("staff2");

        // A manager plans the shift (it started ten minutes ago) and publishes it: attendance opens for it.
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusMinutes(10);
        ShiftId shift = publishedShift(start, 8, 2, staff1, staff2);
        String shiftPath = "/api/workforce/shifts/" + shift;

        // The attendance opens and the command side learns who staff1 is a moment later: until then 404 or 403.
        await().atMost(Duration.ofSeconds(30)).until(() -> post("staff1", shiftPath + "/clock-in", null).status()
                == 200);
        assertProblem(post("staff1", shiftPath + "/clock-in", null), 409, "ALREADY_CLOCKED_IN");
        assertProblem(post("staff2", shiftPath + "/clock-out", "{\"employeeId\":\"" + staff1 + "\"}"), 403,
                "FORBIDDEN");
        assertProblem(post("staff1", shiftPath + "/clock-in", "{\"at\":\"2026-01-01T00:00:00Z\"}"), 403,
                "FORBIDDEN");
        assertProblem(post("manager", shiftPath + "/clock-out", "{\"employeeId\":\"" + staff2 + "\"}"), 400,
                "INVALID_INPUT"); // recording for somebody else needs a note
        assertProblem(post("manager", shiftPath + "/clock-out", "{\"employeeId\":\"" + staff2
                + "\",\"note\":\"left\"}"), 409, "NOT_CLOCKED_IN");
        assertProblem(post("staff1", "/api/workforce/shifts/" + ShiftId.newId() + "/clock-in", null), 404,
                "NOT_FOUND");
        assertThat(post("staff1", shiftPath + "/clock-out", null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(api().get("manager", shiftPath
                + "/attendance").json().path("items").path(0).path("shiftStatus").asText()));
        JsonNode attendance = api().get("manager", shiftPath + "/attendance").json();
        assertThat(attendance.get("total").asInt()).isEqualTo(2);
        JsonNode mine = attendance.get("items").findValues("employeeId").get(0).asText().equals(staff1)
                ? attendance.get("items").get(0) : attendance.get("items").get(1);
        assertThat(mine.get("lateMinutes").asInt()).isBetween(10, 12);
        assertThat(mine.get("earlyDepartureMinutes").asInt()).isBetween(468, 470);
        Instant in = Instant.parse(mine.get("clockedInAt").asText());
        Instant out = Instant.parse(mine.get("clockedOutAt").asText());
        JsonNode own = api().get("staff1", "/api/workforce/attendance?from=" + start.toLocalDate()).json();
        assertThat(own.get("items").get(0).get("shiftId").asText()).isEqualTo(shift.value());
        assertProblem(api().get("staff1", "/api/workforce/attendance?employeeId=" + staff2), 403, "FORBIDDEN");

        // The month's timesheet, computed by the command side from the clock events it has seen.
        String period = YearMonth.from(in.atOffset(ZoneOffset.UTC)).toString();
        AtomicReference<Api.Response> submitted = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            submitted.set(api().post("staff1", "/api/workforce/timesheets", "{\"period\":\"" + period + "\"}"));
            return submitted.get().status() == 201;
        });
        String timesheet = submitted.get().json().get("timesheetId").asText();
        assertProblem(api().post("staff1", "/api/workforce/timesheets", "{\"period\":\"April\"}"), 400,
                "MALFORMED_REQUEST");
        assertThat(post("staff1", "/api/workforce/timesheets/" + timesheet + "/approve", null).status())
                .isEqualTo(403);
        assertThat(post("manager", "/api/workforce/timesheets/" + timesheet + "/approve", null).status())
                .isEqualTo(200);
        assertProblem(post("manager", "/api/workforce/timesheets/" + timesheet + "/approve", null), 409,
                "TIMESHEET_STATUS_CONFLICT");

        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(api().get("payroll",
                "/api/workforce/timesheets/" + timesheet).json().path("status").asText()));
        JsonNode sheet = api().get("payroll", "/api/workforce/timesheets/" + timesheet).json();
        // a timesheet is one person's: not for analysts
        assertProblem(api().get("analyst", "/api/workforce/timesheets/" + timesheet), 403, "FORBIDDEN");
        long minutes = ChronoUnit.MINUTES.between(in.truncatedTo(ChronoUnit.MINUTES),
                out.truncatedTo(ChronoUnit.MINUTES));
        BigDecimal worked = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        assertThat(sheet.get("hours").get("worked").decimalValue()).isEqualByComparingTo(worked);
        assertThat(sheet.get("hours").get("regular").decimalValue()).isEqualByComparingTo(worked);
        assertThat(sheet.get("decidedBy").asText()).isEqualTo("manager");
        JsonNode worked1 = sheet.get("shifts").get(0);
        assertThat(worked1.get("shiftId").asText()).isEqualTo(shift.value());

        // Every hour is traceable: the clock events named in the timesheet are in the shift's audit trail.
        JsonNode shiftAudit = auditOf(shift.value(), 4);
        List<String> types = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        shiftAudit.get("items").forEach(e -> {
            types.add(e.get("eventType").asText());
            ids.add(e.get("eventId").asText());
        });
        assertThat(types).containsExactlyInAnyOrder("ShiftAttendanceOpenedEvent", "EmployeeClockedInEvent",
                "EmployeeClockedOutEvent", "ShiftAttendanceCompletedEvent");
        assertThat(ids).contains(worked1.get("clockInEventId").asText(), worked1.get("clockOutEventId").asText());
        JsonNode timesheetAudit = auditOf(timesheet, 2);
        assertThat(timesheetAudit.get("items").findValuesAsText("user")).containsExactlyInAnyOrder("staff1",
                "manager");

        // Leave: the account has accrued every month since the hire; two vacation days next month are approved.
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("hr", "/api/workforce/employees/" + staff1
                + "/leave-balance").status() == 200 && YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString().equals(
                api().get("hr", "/api/workforce/employees/" + staff1 + "/leave-balance").json()
                        .path("lastAccruedMonth").asText()));
        BigDecimal accrued = api().get("staff1", "/api/workforce/employees/" + staff1 + "/leave-balance").json()
                .get("balance").decimalValue();
        long months = ChronoUnit.MONTHS.between(YearMonth.of(2026, 4), YearMonth.now(ZoneOffset.UTC));
        assertThat(accrued).isEqualByComparingTo(BigDecimal.valueOf(20 * months)
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));

        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(2).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        String leavePath = "/api/workforce/employees/" + staff1 + "/leave-requests";
        assertProblem(api().post("staff1", leavePath, "{\"type\":\"VACATION\",\"firstDay\":\"" + monday
                + "\",\"lastDay\":\"" + monday.plusWeeks(10) + "\"}"), 422, "LEAVE_OVER_BALANCE");
        assertProblem(api().post("staff2", leavePath, "{\"type\":\"SICK\",\"firstDay\":\"" + monday
                + "\",\"lastDay\":\"" + monday + "\"}"), 403, "FORBIDDEN");
        Api.Response requested = api().post("staff1", leavePath, "{\"type\":\"VACATION\",\"firstDay\":\"" + monday
                + "\",\"lastDay\":\"" + monday.plusDays(1) + "\",\"note\":\"family\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String request = requested.json().get("leaveRequestId").asText();
        assertThat(post("staff1", leavePath + "/" + request + "/approve", null).status()).isEqualTo(403);
        assertThat(post("manager", leavePath + "/" + request + "/approve", null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("staff1", "/api/workforce/employees/" + staff1
                + "/leave-balance").json().path("taken").decimalValue().compareTo(new BigDecimal("2")) == 0);
        assertThat(api().get("staff1", "/api/workforce/employees/" + staff1 + "/leave-balance").json().get("balance")
                .decimalValue()).isEqualByComparingTo(accrued.subtract(new BigDecimal("2")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(api().get("manager", leavePath).json()
                .path("items").path(0).path("status").asText()));
        assertThat(api().get("manager", leavePath).json().get("items").get(0).get("workingDays").decimalValue())
                .isEqualByComparingTo("2");
        assertProblem(api().get("staff2", "/api/workforce/employees/" + staff1 + "/leave-balance"), 403,
                "FORBIDDEN");
    }
}
