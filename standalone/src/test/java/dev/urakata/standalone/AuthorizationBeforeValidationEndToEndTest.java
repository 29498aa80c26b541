package dev.urakata.standalone;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Roles are decided before a body is read: a caller whose role may not use an endpoint gets 403, whatever it sends,
 * and learns nothing of the fields the endpoint expects. Which roles may not is what {@code docs/role-matrix.md}
 * says (and {@link RoleMatrixEndToEndTest} keeps true).
 */
class AuthorizationBeforeValidationEndToEndTest extends EmbeddedStackTest {

    /** Bodies that would each get a 400 with details from an endpoint that read them. */
    static final List<String> BODIES = List.of("{}", "{", "{\"period\":\"2026-99\",\"quantity\":\"NaN\"}");

    @Test
    void anAnalystPostingToPayrollRunsIsForbiddenNotToldWhatIsMissing() {
        for (String body : BODIES) {
            Api.Response refused = api().post("analyst", "/api/payroll/runs", body);
            assertProblem(refused, 403, "FORBIDDEN");
            assertThat(refused.body()).doesNotContain("policyId").doesNotContain("errors");
        }
    }

    @Test
    void anAnalystReadsNoOnesLeaveRequests() {
        String employee = employee("AUTHZ-1");
        assertProblem(api().get("analyst", "/api/workforce/employees/" + employee + "/leave-requests"),
                403, "FORBIDDEN");
        assertThat(api().get("hr", "/api/workforce/employees/" + employee + "/leave-requests").status())
                .isEqualTo(200);
    }

    @Test
    void anAnalystSeesStaffingFiguresButNotWhoWorks() {
        String employee = employee("AUTHZ-2");
        String location = "Authz " + UUID.randomUUID();
        Api.Response created = api().post("manager", "/api/workforce/schedules", """
                {"location":"%s","team":"Floor","firstDay":"2030-02-01","lastDay":"2030-02-28","timeZone":"UTC"}"""
                .formatted(location));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String schedule = "/api/workforce/schedules/" + created.json().get("scheduleId").asText();
        Api.Response added = api().post("manager", schedule + "/shifts", """
                {"start":"2030-02-05T09:00","end":"2030-02-05T17:00","position":"Clerk","requiredHeadcount":2}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String shift = added.json().get("shiftId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("manager", schedule + "/shifts/" + shift
                + "/assignments", "{\"employeeId\":\"" + employee + "\"}").status() == 200);
        String understaffed = "/api/workforce/shifts/understaffed?from=2030-02-01&to=2030-02-28&location="
                + location.replace(" ", "%20");
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("manager", understaffed).body()
                .contains(employee));

        Api.Response figures = api().get("analyst", understaffed);
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.json().get("items").get(0).get("assignedCount").asInt()).isEqualTo(1);
        assertThat(figures.json().get("items").get(0).get("missing").asInt()).isEqualTo(1);
        assertThat(figures.body()).contains(shift).doesNotContain(employee);
        for (String personal : List.of("/api/workforce/shifts/" + shift,
                "/api/workforce/employees/" + employee + "/shifts?from=2030-02-01&to=2030-02-28",
                "/api/workforce/violations", "/api/workforce/timesheets", "/api/workforce/attendance",
                "/api/workforce/shifts/" + shift + "/attendance",
                "/api/workforce/employees/" + employee + "/leave-balance")) {
            assertProblem(api().get("analyst", personal), 403, "FORBIDDEN");
        }
    }

    @Test
    void everyRoleTheMatrixTurnsAwayFromACommandGets403WhateverTheBodyAndNothingIsAppended() {
        RoleMatrix matrix = RoleMatrix.read(RoleMatrix.CHECKED_IN);
        List<String> commands = RoleMatrixEndToEndTest.operations(api()).stream()
                .filter(op -> op.startsWith("POST ") || op.startsWith("PUT ") || op.startsWith("PATCH ")).toList();
        assertThat(matrix.allowed().keySet()).containsAll(commands);

        long before = storedEvents();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String command : commands) {
            for (var account : RoleMatrix.ACCOUNTS.entrySet()) {
                if (matrix.allowed().get(command).contains(account.getKey())) {
                    continue;
                }
                for (String body : BODIES) {
                    Api.Response response = RoleMatrixEndToEndTest.call(api(), account.getValue(), command, body);
                    checked++;
                    if (response.status() != 403 || !response.contentType().startsWith("application/problem+json")
                            || !"FORBIDDEN".equals(response.json().path("code").asText())) {
                        failures.add(account.getKey() + " " + command + " <- " + body + " : " + response.status()
                                + " " + abbreviate(response.body()));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(500);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
