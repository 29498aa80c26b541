package dev.urakata.command.uniqueness;

import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.config.testing.MovableClock;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.inventory.InventoryErrors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Claims on unique values, in an H2 database as the embedded default keeps them beside the events. */
class UniqueKeysTest {

    private final DataSource database = EmbeddedDatabase.create();
    private final UniqueKeys registry = keysOn(database, owner -> true);

    private static UniqueKeys keysOn(DataSource database, Predicate<String> ownerHasEvents) {
        return new UniqueKeys(database, ownerHasEvents, Duration.ofMinutes(10), Clock.systemUTC());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aNumberBelongsToOneEmployeeUntilReleased() {
        ErrorCode taken = HrErrors.DUPLICATE_EMPLOYEE_NUMBER;
        registry.claim("employee-number", "E-1", "a", taken);
        registry.claim("employee-number", "E-1", "a", taken); // a retry by the same owner is fine
        assertThatThrownBy(() -> registry.claim("employee-number", "E-1", "b", taken))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(taken);
                    assertThat(e.getMessage()).isEqualTo("employee number 'E-1' is already taken");
                });
        registry.claim("sku", "E-1", "b", InventoryErrors.DUPLICATE_SKU); // scopes are independent
        assertThat(registry.hasOwner("employee-number", "a")).isTrue();
        assertThat(registry.hasOwner("employee-number", "b")).isFalse();
        registry.release("employee-number", "E-1", "b"); // not the holder: no effect
        assertThatThrownBy(() -> registry.claim("employee-number", "E-1", "b", taken))
                .isInstanceOf(DomainException.class);
        registry.release("employee-number", "E-1", "a");
        registry.claim("employee-number", "E-1", "b", taken);
    }

    @Test
    void ownersAreFoundAndAFreshInstanceOnTheSameDatabaseAnswersTheSame() {
        registry.claim("warehouse-code", "TOKYO-1", "wh-1", InventoryErrors.DUPLICATE_WAREHOUSE_CODE);
        registry.claim("warehouse-code", "OSAKA-1", "wh-2", InventoryErrors.DUPLICATE_WAREHOUSE_CODE);
        assertThat(registry.hasOwner("warehouse-code", "wh-2")).isTrue();
        registry.release("warehouse-code", "OSAKA-1", "wh-2");
        assertThat(registry.hasOwner("warehouse-code", "wh-2")).isFalse();

        UniqueKeys restarted = keysOn(database, owner -> true);
        assertThat(restarted.hasOwner("warehouse-code", "wh-1")).isTrue();
        assertThat(restarted.hasOwner("warehouse-code", "wh-2")).isFalse();
    }

    @Test
    void aClaimRolledBackWithItsTransactionLeavesTheValueFree() {
        // A crash between claim and append: the transaction that holds both never commits.
        TransactionTemplate commandTransaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        assertThatThrownBy(() -> commandTransaction.executeWithoutResult(status -> {
            registry.claim("employee-number", "E-7", "emp-crashed", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
            throw new IllegalStateException("the process dies before the events are appended");
        })).isInstanceOf(IllegalStateException.class);

        registry.claim("employee-number", "E-7", "emp-next", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        assertThat(registry.hasOwner("employee-number", "emp-next")).isTrue();
    }

    @Test
    void aSecondClaimWaitsForAnUncommittedFirstAndIsRefusedOnceItCommits() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> committed = first.submit(() -> transaction.executeWithoutResult(status -> {
                registry.claim("sku", "SKU-1", "item-1", InventoryErrors.DUPLICATE_SKU);
                claimed.countDown();
                await(release);
            }));
            claimed.await();
            Future<Throwable> second = Executors.newSingleThreadExecutor().submit(() -> {
                try {
                    transaction.executeWithoutResult(status ->
                            registry.claim("sku", "SKU-1", "item-2", InventoryErrors.DUPLICATE_SKU));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            assertThat(second).as("the second claim waits for the first transaction").isNotDone();
            release.countDown();
            committed.get();
            assertThat(second.get()).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(InventoryErrors.DUPLICATE_SKU));
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void aClaimWhoseOwnerNeverGotAnEventPassesOnAfterTheGraceAndOnlyThen() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
        Set<String> ownersWithEvents = new HashSet<>(Set.of("emp-real"));
        UniqueKeys keys = new UniqueKeys(database, ownersWithEvents::contains, Duration.ofMinutes(10), clock);
        keys.claim("employee-number", "E-1", "emp-real", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        keys.claim("employee-number", "E-2", "emp-leaked", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);

        clock.advance(Duration.ofMinutes(9));
        assertThatThrownBy(() -> keys.claim("employee-number", "E-2", "emp-new", HrErrors.DUPLICATE_EMPLOYEE_NUMBER))
                .as("within the grace the first command might still be appending").isInstanceOf(DomainException.class);

        clock.advance(Duration.ofMinutes(2));
        keys.claim("employee-number", "E-2", "emp-new", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        assertThat(keys.hasOwner("employee-number", "emp-new")).isTrue();
        assertThat(keys.hasOwner("employee-number", "emp-leaked")).isFalse();
        assertThatThrownBy(() -> keys.claim("employee-number", "E-1", "emp-new", HrErrors.DUPLICATE_EMPLOYEE_NUMBER))
                .as("a claim whose owner has events is never taken").isInstanceOf(DomainException.class);
    }

    @Test
    void claimsKeptInMongoDbByAnEarlierVersionMoveBesideTheEvents() {
        try (EmbeddedMongo mongo = new EmbeddedMongo()) {
            mongo.template().insert(new Document("_id", "warehouse-code:TOKYO-1").append("scope", "warehouse-code")
                    .append("owner", "wh-1"), UniqueKeysConfiguration.LEGACY_CLAIMS);
            mongo.template().insert(new Document("_id", "warehouse-code:wh-1").append("values", List.of("TOKYO-1")),
                    UniqueKeysConfiguration.LEGACY_OWNERS);

            UniqueKeysConfiguration.moveLegacyClaims(registry, mongo.template());

            assertThat(registry.hasOwner("warehouse-code", "wh-1")).isTrue();
            assertThatThrownBy(() -> registry.claim("warehouse-code", "TOKYO-1", "wh-9",
                    InventoryErrors.DUPLICATE_WAREHOUSE_CODE)).isInstanceOf(DomainException.class);
            assertThat(mongo.template().collectionExists(UniqueKeysConfiguration.LEGACY_CLAIMS)).isFalse();
            assertThat(mongo.template().collectionExists(UniqueKeysConfiguration.LEGACY_OWNERS)).isFalse();
        }
    }

    @Test
    void ofManySimultaneousClaimsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = IntStream.range(0, 16).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    registry.claim("sku", "SKU-9", "item-" + i, InventoryErrors.DUPLICATE_SKU);
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
