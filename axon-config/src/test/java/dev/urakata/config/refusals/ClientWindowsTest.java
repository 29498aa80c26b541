package dev.urakata.config.refusals;

import dev.urakata.config.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusal log's rate limit: per client and minute from its first refusal, with a bounded number of clients. */
class ClientWindowsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T09:00:00Z"));

    @Test
    void aClientGetsItsLimitAMinuteAndItsNextRowCarriesWhatWasLeftOut() {
        ClientWindows windows = new ClientWindows(3, 100, clock);
        assertThat(admitted(windows, "10.0.0.1", 5)).isEqualTo(3);
        assertThat(windows.admit("10.0.0.2").write()).as("another client has a minute of its own").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(windows.admit("10.0.0.1").write()).as("still the same minute").isFalse();
        clock.advance(Duration.ofSeconds(1));
        ClientWindows.Admission next = windows.admit("10.0.0.1");
        assertThat(next.write()).isTrue();
        assertThat(next.suppressedBefore()).isEqualTo(3);
        assertThat(windows.admit("10.0.0.1").suppressedBefore()).as("handed out once").isZero();
    }

    @Test
    void aWindowThatEndsInSilenceIsHandedOutAsEnded() {
        ClientWindows windows = new ClientWindows(2, 100, clock);
        admitted(windows, "10.0.0.1", 6);
        admitted(windows, "10.0.0.2", 2);
        assertThat(windows.ended()).as("not over yet").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        List<ClientWindows.Ended> ended = windows.ended();
        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.client()).isEqualTo("10.0.0.1");
            assertThat(e.suppressed()).isEqualTo(4);
            assertThat(e.from()).isEqualTo(Instant.parse("2026-05-01T09:00:00Z"));
        });
        assertThat(windows.tracked()).as("ended windows are dropped").isZero();
        assertThat(windows.admit("10.0.0.1").suppressedBefore()).as("the count went out once, as its own row")
                .isZero();
    }

    @Test
    void manyClientsShareOneWindowBeyondTheBoundAndEndedWindowsMakeRoom() {
        ClientWindows windows = new ClientWindows(2, 3, clock);
        for (int client = 1; client <= 3; client++) {
            assertThat(admitted(windows, "10.0.0." + client, 1)).isEqualTo(1);
        }
        // three more addresses find no room: they share one window, limited as one client
        assertThat(admitted(windows, "10.0.1.1", 1) + admitted(windows, "10.0.1.2", 1)
                + admitted(windows, "10.0.1.3", 1)).isEqualTo(2);
        assertThat(windows.tracked()).isEqualTo(4);
        clock.advance(Duration.ofMinutes(1));
        assertThat(windows.admit("10.0.2.1").write()).isTrue();
        assertThat(windows.tracked()).as("the ended windows made room for the new one").isEqualTo(1);
        assertThat(windows.ended()).singleElement().satisfies(e -> {
            assertThat(e.client()).isEqualTo(ClientWindows.OTHER_CLIENTS);
            assertThat(e.suppressed()).isEqualTo(1);
        });
    }

    @Test
    void drainHandsOutEveryCountOnShutdown() {
        ClientWindows windows = new ClientWindows(1, 10, clock);
        admitted(windows, "10.0.0.1", 3);
        admitted(windows, "10.0.0.2", 1);
        assertThat(windows.drain()).extracting(ClientWindows.Ended::client, ClientWindows.Ended::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10.0.0.1", 2L));
        assertThat(windows.tracked()).isZero();
    }

    private static int admitted(ClientWindows windows, String client, int refusals) {
        int written = 0;
        for (int i = 0; i < refusals; i++) {
            written += windows.admit(client).write() ? 1 : 0;
        }
        return written;
    }
}
