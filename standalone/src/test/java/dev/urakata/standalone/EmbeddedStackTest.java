package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the end-to-end tests: the whole standalone application on a random port with its own data directory,
 * shared by every subclass (one Spring context for all of them).
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EmbeddedStackTest {

    private static final Path DATA_DIR = newDataDir();
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration QUIET_AT_MOST = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("urakata.data-dir", DATA_DIR::toString);
        // A week for a signature is too long to watch an escalation happen (ProcessesEndToEndTest).
        registry.add("urakata.processes.contract-signature-within", () -> "3s");
        // Every refusal in the refusal log: the tests here refuse hundreds from one address (the role matrix), and a
        // test that looks for its own must find it (RefusalLogEndToEndTest keeps the limit and checks it).
        registry.add("urakata.audit.refusals.per-client-per-minute", () -> "1000000");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventStore;

    Api api() {
        return new Api(port);
    }

    /**
     * Events in the event store itself, not in a projection, once the store has been quiet for a moment.
     *
     * <p>Leaves out the aggregates that policies and deadlines append to in the background (a hire opens a leave
     * account a moment later, a published shift in the past is missed at the scheduler's next poll, a payslip or an
     * approved expense records a budget actual, a hire starts an onboarding that drafts a contract and, once signed,
     * provisions accounts, assigns trainings and enrols in payroll). The other sagas (reorder proposals, shipment
     * reservations, dunning) append to aggregates a test also counts, so the count is taken only when nothing has
     * been appended for {@link #QUIET}: what an earlier test set in motion has then settled and cannot land between
     * a test's "before" and "after" (up to {@link #QUIET_AT_MOST}, after which the count is taken anyway).
     */
    long storedEvents() {
        long deadline = System.nanoTime() + QUIET_AT_MOST.toNanos();
        long count = countStoredEvents();
        while (System.nanoTime() < deadline) {
            sleep(QUIET);
            long again = countStoredEvents();
            if (again == count) {
                return count;
            }
            count = again;
        }
        return count;
    }

    private long countStoredEvents() {
        return eventStore.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE type IS NULL "
                + "OR type NOT IN ('LeaveAccount', 'ShiftAttendance', 'Budget', 'EmployeeProcess', 'Contract', "
                + "'SystemAccounts', 'EmployeeCompliance', 'PayrollEnrolment')", Long.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event store to be quiet", e);
        }
    }

    String hire(String employeeNumber) {
        Api.Response created = api().post("hr", "/api/hr/employees", Api.hireJson(employeeNumber));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("employeeId").asText();
    }

    /** Hires an employee with this number, or finds the one another test hired (the stack is shared). */
    String employee(String number) {
        Api.Response hired = api().post("hr", "/api/hr/employees", Api.hireJson(number));
        if (hired.status() == 201) {
            return hired.json().get("employeeId").asText();
        }
        assertProblem(hired, 409, "DUPLICATE_EMPLOYEE_NUMBER");
        for (int page = 0; ; page++) {
            JsonNode items = api().get("hr", "/api/hr/employees?size=200&page=" + page).json().get("items");
            for (JsonNode e : items) {
                if (number.equals(e.get("employeeNumber").asText())) {
                    return e.get("employeeId").asText();
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        throw new AssertionError("employee " + number + " neither hired nor listed");
    }

    JsonNode awaitEmployee(String id, String user) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(user, "/api/hr/employees/" + id).status() == 200);
        return api().get(user, "/api/hr/employees/" + id).json();
    }

    JsonNode auditOf(String id, int expectedEvents) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("compliance", "/api/audit/events?aggregateId=" + id).json().path("total").asInt()
                        == expectedEvents);
        return api().get("compliance", "/api/audit/events?aggregateId=" + id).json();
    }

    private static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("urakata-e2e-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
