package dev.urakata.standalone;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Temporary driver: the tour, then every operation of the document it did not reach with a success. */
class ApiTourTest extends EmbeddedStackTest {

    @Test
    void theTourSucceedsWithEveryOperation() {
        long started = System.nanoTime();
        try {
            new ApiTour(api()).run();
        } finally {
            System.out.printf("API tour took %d ms%n", (System.nanoTime() - started) / 1_000_000);
            unreached().forEach(name -> System.out.println("  without a success: " + name));
        }
        assertThat(unreached()).as("operations without a success").isEmpty();
    }

    private static List<String> unreached() {
        return ApiContract.DOCUMENT.operations().stream().map(ApiContract.Operation::name)
                .filter(name -> !ApiContract.DOCUMENT.outcomes().getOrDefault(name, Set.of()).contains("success"))
                .toList();
    }
}
