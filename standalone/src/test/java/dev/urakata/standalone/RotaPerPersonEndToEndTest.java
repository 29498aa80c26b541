package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The holiday peak over HTTP: one worker, two schedules (Picking and Packing). A person has one rota: a shift that
 * overlaps one in the other schedule is refused, also when both are asked for at the same moment; a leaver is taken
 * off the shifts after the last day, and the manager's understaffed list shows the gaps.
 */
class RotaPerPersonEndToEndTest extends EmbeddedStackTest {

    @Test
    void aPersonHasOneRotaAcrossSchedulesAndALeaverIsReleasedAfterTheLastDay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String location = "Peak-" + suffix;
        String worker = hire("RP-" + suffix);
        String picking = schedule(location, "Picking");
        String packing = schedule(location, "Packing");

        String pickMonday = addShift(picking, "2027-01-04T08:00", "2027-01-04T18:00");
        String packMonday = addShift(packing, "2027-01-04T12:00", "2027-01-04T20:00");
        String pickNextWeek = addShift(picking, "2027-01-11T08:00", "2027-01-11T18:00");
        for (String schedule : List.of(picking, packing)) {
            Api.Response published = api().post("manager", schedule + "/publish", "{}");
            assertThat(published.status()).as(published.body()).isEqualTo(200);
        }

        // scheduling's view of employments lags the hire by a moment
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> assign(picking, pickMonday, worker).status() == 200);

        long before = storedEvents();
        assertProblem(assign(packing, packMonday, worker), 409, "OVERLAPPING_SHIFT");
        assertThat(storedEvents()).isEqualTo(before);

        // pairs of overlapping shifts asked for all at the same moment: of each pair one wins and the other is refused
        List<String[]> pairs = new ArrayList<>();
        for (int day = 5; day <= 9; day++) {
            String date = "2027-01-0" + day;
            pairs.add(new String[] {addShift(picking, date + "T08:00", date + "T18:00"),
                    addShift(packing, date + "T12:00", date + "T20:00")});
        }
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size() * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> toPicking = new ArrayList<>();
        List<Future<Api.Response>> toPacking = new ArrayList<>();
        List<String> planned = new ArrayList<>(List.of(pickMonday));
        try {
            for (String[] pair : pairs) {
                toPicking.add(pool.submit(() -> {
                    start.await();
                    return assign(picking, pair[0], worker);
                }));
                toPacking.add(pool.submit(() -> {
                    start.await();
                    return assign(packing, pair[1], worker);
                }));
            }
            start.countDown();
            for (int i = 0; i < pairs.size(); i++) {
                List<Api.Response> answers = List.of(toPicking.get(i).get(), toPacking.get(i).get());
                assertThat(answers).extracting(Api.Response::status).as(answers.toString())
                        .containsExactlyInAnyOrder(200, 409);
                assertProblem(answers.get(0).status() == 409 ? answers.get(0) : answers.get(1), 409,
                        "OVERLAPPING_SHIFT");
                planned.add(pairs.get(i)[answers.get(0).status() == 200 ? 0 : 1]);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.Response nextWeek = assign(picking, pickNextWeek, worker);
        assertThat(nextWeek.status()).as(nextWeek.body()).isEqualTo(200);
        planned.add(pickNextWeek);
        await().atMost(Duration.ofSeconds(20)).until(() -> shiftsOf(worker).size() == planned.size());
        assertThat(shiftsOf(worker)).containsExactlyElementsOf(planned);

        // the worker leaves after Monday: the rest of the week and next week are released, Monday's shift stays
        Api.Response terminated = api().post("hr", "/api/hr/employees/" + worker + "/terminate", """
                {"reason":"RESIGNATION","lastDay":"2027-01-04"}""");
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> shiftsOf(worker).size() == 1);
        assertThat(shiftsOf(worker)).containsExactly(pickMonday);

        List<String> released = planned.subList(1, planned.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> understaffed(location).containsAll(released));
        assertThat(understaffed(location)).doesNotContain(pickMonday).contains(packMonday);
        JsonNode audit = api().get("compliance", "/api/audit/events?aggregateId="
                + picking.substring(picking.lastIndexOf('/') + 1)).json();
        assertThat(audit.get("items").findValuesAsText("eventType")).contains("EmployeeUnassignedFromShiftEvent");
    }

    private String schedule(String location, String team) {
        Api.Response created = api().post("manager", "/api/workforce/schedules", """
                {"location":"%s","team":"%s","firstDay":"2027-01-01","lastDay":"2027-01-31",
                 "timeZone":"Asia/Tokyo"}""".formatted(location, team));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "/api/workforce/schedules/" + created.json().get("scheduleId").asText();
    }

    private String addShift(String schedule, String start, String end) {
        Api.Response added = api().post("manager", schedule + "/shifts", """
                {"start":"%s","end":"%s","position":"Associate","requiredHeadcount":1}""".formatted(start, end));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("shiftId").asText();
    }

    private Api.Response assign(String schedule, String shift, String employee) {
        return api().post("manager", schedule + "/shifts/" + shift + "/assignments",
                "{\"employeeId\":\"" + employee + "\"}");
    }

    private List<String> shiftsOf(String employee) {
        return api().get("hr", "/api/workforce/employees/" + employee + "/shifts?from=2027-01-01&to=2027-01-31")
                .json().get("items").findValuesAsText("shiftId");
    }

    private List<String> understaffed(String location) {
        return api().get("manager", "/api/workforce/shifts/understaffed?location=" + location
                + "&from=2027-01-04&to=2027-01-17").json().get("items").findValuesAsText("shiftId");
    }
}
