package dev.urakata.config.refusals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rate limit of the security and refusal log: per client address, at most {@code limit} rows in a window of one
 * minute that starts with the client's first refusal; the refusals beyond are only counted. The count is handed to the
 * client's first row of its next window, or, when a window ends without one, returned by {@link #ended()} to be
 * written as a row of its own.
 *
 * <p>Memory is bounded: at most {@code maxClients} windows are kept. When they are all taken, windows that have
 * ended are dropped first (their counts are handed out as ended windows); a client that still finds no room shares
 * the window of {@link #OTHER_CLIENTS} with every other such client, so that a flood from many addresses is limited
 * as one.
 *
 * <p>Not thread-safe on its own: {@link RefusalLog} calls it under one lock. A fixed window from the first refusal
 * (rather than calendar minutes) means a burst is never split by a minute boundary into twice the limit.
 */
final class ClientWindows {

    /** The client of the shared window for clients beyond {@code maxClients}; no address has this form. */
    static final String OTHER_CLIENTS = "(other clients)";
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** What to do with one refusal. */
    record Admission(boolean write, long suppressedBefore) {
    }

    /** A window that ended with refusals left out. */
    record Ended(String client, Instant from, Instant until, long suppressed) {
    }

    private static final class Window {
        final Instant start;
        int written;
        long suppressed;

        Window(Instant start) {
            this.start = start;
        }

        boolean endedBy(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }

    private final int limit;
    private final int maxClients;
    private final Clock clock;
    /**
     * In the order the windows started (each is put when it starts and never moved), so that the ended ones are
     * found at the front without looking at the others.
     */
    private final Map<String, Window> windows = new LinkedHashMap<>();
    /** Ended windows with counts that were dropped to make room and not yet handed out. */
    private final List<Ended> dropped = new ArrayList<>();

    ClientWindows(int limit, int maxClients, Clock clock) {
        if (limit < 1 || maxClients < 1) {
            throw new IllegalArgumentException("the refusal log's limit and client count must be at least 1");
        }
        this.limit = limit;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Whether a refusal of {@code client} is written now, and the count of left-out refusals its row carries. */
    Admission admit(String client) {
        Instant now = clock.instant();
        String key = client;
        Window window = windows.get(key);
        long carried = 0;
        if (window != null && window.endedBy(now)) {
            carried = window.suppressed;
            windows.remove(key);
            window = null;
        }
        if (window == null) {
            if (windows.size() >= maxClients) {
                dropEnded(now);
            }
            if (windows.size() >= maxClients) {
                key = OTHER_CLIENTS;
                window = windows.get(key);
                if (window != null && window.endedBy(now)) {
                    dropped.add(new Ended(key, window.start, window.start.plus(WINDOW), window.suppressed));
                    windows.remove(key);
                    window = null;
                }
            }
            if (window == null) {
                window = new Window(now);
                // the shared window may exceed maxClients by one: it is the one that always has room
                windows.put(key, window);
            }
        }
        if (window.written < limit) {
            window.written++;
            return new Admission(true, carried);
        }
        // a client whose window ended and who found room only in the full shared window brings its count along
        window.suppressed += 1 + carried;
        return new Admission(false, 0);
    }

    /** Removes the windows that have ended, and answers those with refusals left out (to be written as rows). */
    List<Ended> ended() {
        dropEnded(clock.instant());
        List<Ended> out = new ArrayList<>(dropped);
        dropped.clear();
        return out;
    }

    /** Removes every window, ended or not, and answers those with refusals left out (on shutdown). */
    List<Ended> drain() {
        Instant now = clock.instant();
        List<Ended> out = new ArrayList<>(dropped);
        dropped.clear();
        windows.forEach((client, window) -> {
            if (window.suppressed > 0) {
                out.add(new Ended(client, window.start, now, window.suppressed));
            }
        });
        windows.clear();
        return out;
    }

    /** How many windows are kept (for tests of the bound). */
    int tracked() {
        return windows.size();
    }

    private void dropEnded(Instant now) {
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Window> entry = it.next();
            Window window = entry.getValue();
            if (!window.endedBy(now)) {
                return; // every window after it started later
            }
            if (window.suppressed > 0) {
                dropped.add(new Ended(entry.getKey(), window.start, window.start.plus(WINDOW), window.suppressed));
            }
            it.remove();
        }
    }
}
