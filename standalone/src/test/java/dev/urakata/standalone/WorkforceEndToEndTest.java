package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A week's schedule over real HTTP: hire, plan, assign, publish, an understaffed shift, a claim by an employee,
 * a rule added afterwards that reveals a past violation, roles, refusals that append nothing, the audit trail.
 */
class WorkforceEndToEndTest extends EmbeddedStackTest {

    @Test
    void aWeekIsPlannedPublishedClaimedAndCheckedAgainstARuleAddedLater() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String location = "Osaka-" + suffix;
        String aiko = hire("WA-" + suffix);
        String ben = hire("WB-" + suffix);
        String staff1 = employee("staff1"); // the stack is shared: another test may have hired staff1

        Api.Response created = api().post("manager", "/api/workforce/schedules", """
                {"location":"%s","team":"Floor","firstDay":"2026-04-01","lastDay":"2026-04-30",
                 "timeZone":"Asia/Tokyo"}""".formatted(location));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String schedule = created.json().get("scheduleId").asText();
        assertThat(created.location()).isEqualTo("/api/workforce/schedules/" + schedule);
        String base = "/api/workforce/schedules/" + schedule;

        String monday = "mon-" + suffix;
        Api.Response added = api().post("manager", base + "/shifts", """
                {"shiftId":"%s","start":"2026-04-06T09:00","end":"2026-04-06T17:00","position":"Clerk",
                 "requiredHeadcount":2}""".formatted(monday));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).isEqualTo("/api/workforce/shifts/" + monday);
        String tuesday = addShift(base, "2026-04-07T01:00", "2026-04-07T07:00", 1);
        String wednesday = addShift(base, "2026-04-08T09:00", "2026-04-08T17:00", 1);

        // scheduling's view of employments lags the hire by a moment
        assign(base, monday, aiko);
        assign(base, tuesday, aiko); // only 8 hours after Monday's shift: no rule says otherwise yet

        long before = storedEvents();
        Api.Response full = api().post("manager", base + "/shifts/" + tuesday + "/assignments",
                "{\"employeeId\":\"" + ben + "\"}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("code").asText()).isEqualTo("SHIFT_FULL");
        Api.Response overlap = api().post("manager", base + "/shifts/" + wednesday + "/assignments",
                "{\"employeeId\":\"no such employee\"}");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(api().post("staff1", base + "/shifts/" + monday + "/assignments",
                "{\"employeeId\":\"" + staff1 + "\"}").status()).isEqualTo(403);
        assertThat(api().post("analyst", base + "/publish", "{}").status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(api().post("manager", base + "/publish", "{}").status()).isEqualTo(200);
        assertThat(api().post("manager", base + "/publish", "{}").json().get("code").asText())
                .isEqualTo("SCHEDULE_ALREADY_PUBLISHED");
        assertThat(api().post("manager", base + "/shifts/" + wednesday + "/open", "{}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().post("staff1", base + "/shifts/" + wednesday + "/claim", "{}").status() == 200);
        // staff2 may not be hired (then unknown) or hired by another test on the shared stack (then the shift is full)
        assertThat(api().post("staff2", base + "/shifts/" + wednesday + "/claim", "{}").json().get("code")
                .asText()).isIn("UNKNOWN_EMPLOYEE", "SHIFT_FULL");

        // the week: three shifts, Monday short of one, Wednesday claimed by staff1
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode week = api().get("analyst", "/api/workforce/schedules/week?location=" + location
                    + "&week=2026-W15").json();
            return week.get("total").asInt() == 3 && week.get("items").get(2).get("assignedCount").asInt() == 1;
        });
        JsonNode week = api().get("manager", "/api/workforce/schedules/week?location=" + location
                + "&week=2026-W15").json();
        JsonNode mon = week.get("items").get(0);
        assertThat(mon.get("shiftId").asText()).isEqualTo(monday);
        assertThat(mon.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(mon.get("requiredHeadcount").asInt()).isEqualTo(2);
        assertThat(mon.get("missing").asInt()).isEqualTo(1);
        assertThat(mon.get("assigned").get(0).get("employeeId").asText()).isEqualTo(aiko);
        JsonNode wed = week.get("items").get(2);
        assertThat(wed.get("assigned").get(0).get("employeeId").asText()).isEqualTo(staff1);
        assertThat(wed.get("assigned").get(0).get("source").asText()).isEqualTo("CLAIMED");
        assertThat(api().get("manager", "/api/workforce/schedules/week?location=x&week=2026-W99").status())
                .isEqualTo(400);

        JsonNode understaffed = api().get("compliance", "/api/workforce/shifts/understaffed?location=" + location
                + "&from=2026-04-06&to=2026-04-12").json();
        assertThat(understaffed.get("items").findValuesAsText("shiftId")).containsExactly(monday);
        JsonNode aikosShifts = api().get("hr", "/api/workforce/employees/" + aiko
                + "/shifts?from=2026-04-01&to=2026-04-30").json();
        assertThat(aikosShifts.get("items").findValuesAsText("shiftId")).containsExactly(monday, tuesday);

        // a rule added afterwards: Aiko's Tuesday shift left only 8 hours of rest
        Api.Response rule = api().post("manager", "/api/workforce/labour-rules/minimum-rest",
                "{\"minHours\":11,\"mode\":\"RECORD\"}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance",
                "/api/workforce/violations?employeeId=" + aiko + "&foundBy=RULE_CHANGE").json()
                .path("total").asInt() == 1);
        JsonNode violation = api().get("compliance", "/api/workforce/violations?employeeId=" + aiko).json()
                .get("items").get(0);
        assertThat(violation.get("rule").asText()).isEqualTo("MINIMUM_REST");
        assertThat(violation.get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(violation.get("shiftId").asText()).isEqualTo(tuesday);
        assertThat(violation.get("scheduleId").asText()).isEqualTo(schedule);

        // every decision is in the audit trail, under who made it
        JsonNode audit = auditOf(schedule, 12);
        assertThat(audit.get("items").findValuesAsText("eventType")).contains("ScheduleCreatedEvent",
                "ShiftAddedEvent", "EmployeeAssignedToShiftEvent", "SchedulePublishedEvent", "ShiftPublishedEvent",
                "ShiftOpenedForClaimsEvent");
        assertThat(audit.get("items").findValuesAsText("user")).contains("manager", "staff1");
    }

    private String addShift(String base, String start, String end, int headcount) {
        Api.Response added = api().post("manager", base + "/shifts", """
                {"start":"%s","end":"%s","position":"Clerk","requiredHeadcount":%d}"""
                .formatted(start, end, headcount));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("shiftId").asText();
    }

    private void assign(String base, String shift, String employee) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().post("manager", base + "/shifts/" + shift + "/assignments",
                        "{\"employeeId\":\"" + employee + "\"}").status() == 200);
    }
}
