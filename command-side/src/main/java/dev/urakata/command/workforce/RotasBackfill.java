package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies the assignments recorded before the person's rota ({@link Rotas}) existed into it, once, from the events:
 * without them an upgraded store would check a new assignment against the person's shifts in its own schedule only.
 *
 * <p>Runs when the application's beans are ready and before it takes commands (the web server and the event
 * processors start after), reading the whole event store once; a row in {@value Rotas#BACKFILL} says it is done,
 * so later starts skip it. Reading stops at the end of what is stored, and every step is idempotent, so a start
 * interrupted half-way simply does it again.
 */
@Component
class RotasBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RotasBackfill.class);

    private final Rotas rotas;
    private final ObjectProvider<EventStore> eventStore;

    RotasBackfill(Rotas rotas, ObjectProvider<EventStore> eventStore) {
        this.rotas = rotas;
        this.eventStore = eventStore;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventStore store = eventStore.getIfAvailable();
        if (store != null) {
            backfill(rotas, store, Clock.systemUTC());
        }
    }

    /** Replays the schedules' events into {@code rotas}, unless that was done before. */
    static void backfill(Rotas rotas, EventStore store, Clock clock) {
        if (rotas.backfilled()) {
            return;
        }
        Map<String, String> zones = new HashMap<>();
        int assignments = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = store.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                Class<?> type = event.getPayloadType(); // known without reading the payload: skip the others cheaply
                if (type == ScheduleCreatedEvent.class) {
                    ScheduleCreatedEvent created = (ScheduleCreatedEvent) event.getPayload();
                    zones.put(created.scheduleId().value(), created.timeZone());
                } else if (type == EmployeeAssignedToShiftEvent.class) {
                    EmployeeAssignedToShiftEvent assigned = (EmployeeAssignedToShiftEvent) event.getPayload();
                    String zone = zones.get(assigned.scheduleId().value());
                    if (zone != null) {
                        rotas.add(assigned.employeeId(), assigned.scheduleId(), new PlannedShift(assigned.shiftId(),
                                assigned.start(), assigned.end(), zone, assigned.overtimeApproved()));
                        assignments++;
                    }
                } else if (type == EmployeeUnassignedFromShiftEvent.class) {
                    EmployeeUnassignedFromShiftEvent unassigned = (EmployeeUnassignedFromShiftEvent) event.getPayload();
                    rotas.remove(unassigned.employeeId(), unassigned.shiftId());
                } else if (type == ShiftCancelledEvent.class) {
                    rotas.removeShift(((ShiftCancelledEvent) event.getPayload()).shiftId());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying assignments into the rotas", e);
        }
        rotas.markBackfilled(clock.instant());
        log.info("Copied {} recorded assignments into the persons' rotas", assignments);
    }
}
