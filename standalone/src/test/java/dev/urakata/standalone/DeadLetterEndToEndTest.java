package dev.urakata.standalone;

import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every processing group has a dead-letter queue in MongoDB: an event its handler cannot process is parked with the
 * rest of its aggregate's events, while every other aggregate keeps flowing.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DeadLetterEndToEndTest.PoisonConfiguration.class)
class DeadLetterEndToEndTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-dlq-").toString();
        registry.add("urakata.data-dir", () -> dir);
    }

    @TestConfiguration
    static class PoisonConfiguration {
        @Bean
        PoisonSensitiveProjection poisonSensitiveProjection() {
            return new PoisonSensitiveProjection();
        }
    }

    /** A projection that cannot handle employees whose number starts with POISON. */
    @ProcessingGroup("poison-test")
    static class PoisonSensitiveProjection {
        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(EmployeeHiredEvent event) {
            if (event.employeeNumber().startsWith("POISON")) {
                throw new IllegalStateException("cannot project " + event.employeeNumber());
            }
            handled.add("hired " + event.employeeNumber());
        }

        @EventHandler
        void on(EmployeeSalaryChangedEvent event) {
            handled.add("salary " + event.employeeId());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PoisonSensitiveProjection poisonSensitive;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPoisonedEventParksOnlyItsOwnAggregate() {
        Api api = new Api(port);
        String poisoned = api.post("hr", "/api/hr/employees", Api.hireJson("POISON-1")).json().get("employeeId").asText();
        String healthy = api.post("hr", "/api/hr/employees", Api.hireJson("OK-1")).json().get("employeeId").asText();
        String raise = "{\"monthlySalary\":{\"amount\":\"360000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-05-01\"}";
        assertThat(api.post("hr", "/api/hr/employees/" + poisoned + "/salary-changes", raise).status()).isEqualTo(200);
        assertThat(api.post("hr", "/api/hr/employees/" + healthy + "/salary-changes", raise).status()).isEqualTo(200);

        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue("poison-test").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.sequenceSize(poisoned) == 2
                && poisonSensitive.handled.contains("salary " + healthy));
        // Parked in MongoDB, where they survive a restart (the only letters of this run).
        assertThat(mongo.getCollection("axon_dead_letters").countDocuments()).isEqualTo(2);

        assertThat(poisonSensitive.handled).containsExactly("hired OK-1", "salary " + healthy);
        assertThat(queue.amountOfSequences()).isEqualTo(1);
        // The other projections never saw a problem.
        // Until the directory has caught up the employee may still be unknown (404 problem, no salaryHistory).
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("hr", "/api/hr/employees/" + poisoned).json().path("salaryHistory").size() == 2);
    }
}
