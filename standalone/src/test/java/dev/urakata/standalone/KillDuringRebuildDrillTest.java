package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill: {@code kill -9} of the standalone process halfway through a blue-green rebuild of the employee directory,
 * then a restart on the same data directory. The live directory is exactly what it was (the half-built version was
 * never switched to), the interrupted rebuild is reported as abandoned instead of blocking every later one, and a
 * rebuild started again completes with the same directory.
 *
 * <p>How this was checked to fail when the guarantee breaks: switching routes before the new version has caught up
 * (or not dropping an abandoned version before reusing it) leaves entries missing or different in the live
 * directory after the restart; a lease that never expires leaves the state BUILDING and the second request a 409,
 * which fails the await on FAILED and the 202.
 */
class KillDuringRebuildDrillTest {

    static final String DIRECTORY = "/api/operations/processors/employee-directory";

    @TempDir
    Path dataDir;

    ChildApplication start() {
        // Each event of a rebuild takes 25 ms, so the kill lands mid-way; a silent heartbeat counts as abandoned
        // after 3 s instead of 2 minutes.
        return ChildApplication.start(DrillApplication.class.getName(), dataDir, "--drill.rebuild-delay-ms=25",
                "--urakata.read-models.rebuild-stale-after=3s");
    }

    @Test
    void aRebuildKilledHalfwayLeavesTheLiveDirectoryAndCompletesWhenStartedAgain() {
        Map<String, JsonNode> before;
        try (ChildApplication first = start()) {
            Api api = first.api();
            for (int i = 0; i < 20; i++) {
                Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson("RB-" + i));
                assertThat(hired.status()).as(hired.body()).isEqualTo(201);
                String id = hired.json().get("employeeId").asText();
                assertThat(api.post("hr", "/api/hr/employees/" + id + "/salary-changes",
                        "{\"monthlySalary\":{\"amount\":\"" + (360_000 + i) + "\",\"currency\":\"JPY\"},"
                                + "\"effectiveDate\":\"2026-05-01\",\"reason\":\"review\"}").status()).isEqualTo(200);
            }
            awaitCaughtUp(api, 20);
            before = KillUnderLoadDrillTest.directory(api);

            assertThat(api.post("admin", DIRECTORY + "/rebuild", "").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode rebuild = api.get("admin", DIRECTORY).json().path("rebuild");
                return "BUILDING".equals(rebuild.path("state").asText())
                        && rebuild.path("appliedEvents").asLong() >= 20;
            });
            JsonNode midway = api.get("admin", DIRECTORY).json().path("rebuild");
            assertThat(midway.path("progress").asInt()).as(midway.toString()).isLessThan(100);
            first.kill();
        }

        try (ChildApplication second = start()) {
            Api api = second.api();
            // The live version, exactly as before the kill: no half-built directory was switched to.
            awaitCaughtUp(api, 20);
            assertThat(KillUnderLoadDrillTest.differences(before, KillUnderLoadDrillTest.directory(api))).isEmpty();

            // The interrupted rebuild is reported as abandoned once its heartbeat is stale, and may be started again.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode rebuild = api.get("admin", DIRECTORY).json().path("rebuild");
                assertThat(rebuild.path("state").asText()).as(rebuild.toString()).isEqualTo("FAILED");
            });
            assertThat(api.get("admin", DIRECTORY).json().path("rebuild").path("failure").asText())
                    .contains("abandoned");
            Api.Response again = api.post("admin", DIRECTORY + "/rebuild", "");
            assertThat(again.status()).as(again.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() ->
                    "DONE".equals(api.get("admin", DIRECTORY).json().path("rebuild").path("state").asText()));
            assertThat(api.get("admin", DIRECTORY).json().path("rebuild").path("progress").asInt()).isEqualTo(100);
            assertThat(KillUnderLoadDrillTest.differences(before, KillUnderLoadDrillTest.directory(api))).isEmpty();
            second.stop();
        }
    }

    private static void awaitCaughtUp(Api api, int employees) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("admin", DIRECTORY).json().path("lag").asLong(-1) == 0
                        && api.get("hr", "/api/hr/employees?size=1").json().path("total").asInt() == employees);
    }
}
