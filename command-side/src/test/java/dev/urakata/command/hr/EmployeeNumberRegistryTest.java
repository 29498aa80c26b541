package dev.urakata.command.hr;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.hr.EmployeeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command side's employee-number claims, on the embedded MongoDB-wire server. */
class EmployeeNumberRegistryTest {

    private MongoServer server;
    private MongoClient client;
    private EmployeeNumberRegistry registry;

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        registry = new EmployeeNumberRegistry(new MongoTemplate(client, "test"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aNumberBelongsToOneEmployeeUntilReleased() {
        EmployeeId first = new EmployeeId("a");
        EmployeeId second = new EmployeeId("b");
        registry.claim("E-1", first);
        registry.claim("E-1", first); // a retry by the same employee is fine
        assertThatThrownBy(() -> registry.claim("E-1", second))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_EMPLOYEE_NUMBER));
        registry.release("E-1", second); // not the holder: no effect
        assertThatThrownBy(() -> registry.claim("E-1", second)).isInstanceOf(DomainException.class);
        registry.release("E-1", first);
        registry.claim("E-1", second);
    }

    @Test
    void ofManySimultaneousClaimsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = IntStream.range(0, 16).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    registry.claim("E-9", new EmployeeId("emp-" + i));
                    return true;
                } catch (DomainException e) {
                    return false;
                }
            }).toList();
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(claims)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
