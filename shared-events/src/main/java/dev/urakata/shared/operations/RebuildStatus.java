package dev.urakata.shared.operations;

import java.time.Instant;
import java.util.List;

/**
 * How far a blue-green rebuild of an event processor's projections has come: a new version is built beside the live
 * one from every event in the store, and queries switch to it once it has caught up.
 *
 * @param state         where the rebuild is
 * @param startedBy     the user who started it
 * @param startedAt     when it started
 * @param finishedAt    when it was done or failed; {@code null} while it runs
 * @param switchedAt    when queries began to read the new version; {@code null} before. The run finishes a moment
 *                      later, once every instance has had time to read the new routes (twice their refresh interval)
 * @param position      the global position of the last event applied to the new version; {@code null} before the
 *                      first one
 * @param headPosition  the position of the newest event in the store when the rebuild last looked
 * @param progress      0 to 100; 100 only once the new version answers queries
 * @param appliedEvents number of events applied to the new version
 * @param collections   the collections that switched to the new version (once done)
 * @param failure       why the rebuild failed, or a warning about a switch that succeeded; {@code null} otherwise
 */
public record RebuildStatus(State state, String startedBy, Instant startedAt, Instant finishedAt, Instant switchedAt,
                            Long position, Long headPosition, int progress, long appliedEvents,
                            List<String> collections, String failure) {

    public RebuildStatus {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    /** The phases of a blue-green rebuild. */
    public enum State {
        /** Events are being applied to the new version; queries read the live one, which keeps being updated. */
        BUILDING,
        /** The live processor is paused while the new version catches up on the last events and takes over. */
        SWITCHING,
        /** Queries read the new version and the processor carries on from where the new version stopped. */
        DONE,
        /** The rebuild stopped; the live version was left as it was (see {@code failure}). */
        FAILED
    }
}
