package dev.urakata.command.uniqueness;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Claims on unique values, on the embedded MongoDB-wire server. */
class UniqueKeysTest {

    private EmbeddedMongo mongo;
    private UniqueKeys registry;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        registry = new UniqueKeys(mongo.template());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aNumberBelongsToOneEmployeeUntilReleased() {
        ErrorCode taken = ErrorCode.DUPLICATE_EMPLOYEE_NUMBER;
        registry.claim("employee-number", "E-1", "a", taken);
        registry.claim("employee-number", "E-1", "a", taken); // a retry by the same owner is fine
        assertThatThrownBy(() -> registry.claim("employee-number", "E-1", "b", taken))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(taken);
                    assertThat(e.getMessage()).isEqualTo("employee number 'E-1' is already taken");
                });
        registry.claim("sku", "E-1", "b", ErrorCode.DUPLICATE_SKU); // scopes are independent
        assertThat(registry.hasOwner("employee-number", "a")).isTrue();
        assertThat(registry.hasOwner("employee-number", "b")).isFalse();
        registry.release("employee-number", "E-1", "b"); // not the holder: no effect
        assertThatThrownBy(() -> registry.claim("employee-number", "E-1", "b", taken))
                .isInstanceOf(DomainException.class);
        registry.release("employee-number", "E-1", "a");
        registry.claim("employee-number", "E-1", "b", taken);
    }

    @Test
    void ownersAreFoundByKeyAndClaimsMadeBeforeTheOwnersCollectionAreFoundToo() {
        // A claim as stored before owners were kept beside the claims.
        mongo.template().insert(new org.bson.Document("_id", "warehouse-code:TOKYO-1").append("scope", "warehouse-code")
                .append("owner", "wh-1"), UniqueKeys.COLLECTION);
        assertThat(registry.hasOwner("warehouse-code", "wh-1")).isTrue();
        assertThat(registry.hasOwner("warehouse-code", "wh-2")).isFalse();

        registry.claim("warehouse-code", "OSAKA-1", "wh-2", ErrorCode.DUPLICATE_WAREHOUSE_CODE);
        assertThat(registry.hasOwner("warehouse-code", "wh-2")).isTrue();
        // Answered by one document per owner, not by the claims.
        assertThat(mongo.template().findById("warehouse-code:wh-2", org.bson.Document.class, UniqueKeys.OWNERS))
                .isNotNull();

        registry.release("warehouse-code", "OSAKA-1", "wh-2");
        assertThat(registry.hasOwner("warehouse-code", "wh-2")).isFalse();
        // A fresh registry on the same data (a restart) answers the same.
        UniqueKeys restarted = new UniqueKeys(mongo.template());
        assertThat(restarted.hasOwner("warehouse-code", "wh-1")).isTrue();
        assertThat(restarted.hasOwner("warehouse-code", "wh-2")).isFalse();
    }

    @Test
    void ofManySimultaneousClaimsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = IntStream.range(0, 16).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    registry.claim("sku", "SKU-9", "item-" + i, ErrorCode.DUPLICATE_SKU);
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
