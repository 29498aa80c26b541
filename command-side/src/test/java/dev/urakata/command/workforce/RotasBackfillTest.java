package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.UnassignmentReason;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignments recorded before the rotas existed are copied in once, as the events leave them. */
class RotasBackfillTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final ScheduleId PICKING = new ScheduleId("picking");
    static final ScheduleId PACKING = new ScheduleId("packing");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Rotas rotas = new Rotas(EmbeddedDatabase.create());
    private long sequence;

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    void record(ScheduleId schedule, Object event) {
        store.publish(new GenericDomainEventMessage<>("Schedule", schedule.value(), sequence++, event));
    }

    EmployeeAssignedToShiftEvent assigned(ScheduleId schedule, String shift, int day, boolean overtime) {
        return new EmployeeAssignedToShiftEvent(schedule, new ShiftId(shift), AIKO,
                LocalDateTime.of(2026, 12, day, 8, 0), LocalDateTime.of(2026, 12, day, 18, 0),
                AssignmentSource.PLANNED, overtime);
    }

    List<String> rotaOfAiko() {
        return rotas.shiftsOf(AIKO).stream().map(entry -> entry.scheduleId().value() + "/"
                + entry.shift().shiftId().value() + "@" + entry.shift().timeZone()
                + (entry.shift().overtimeApproved() ? "+overtime" : "")).toList();
    }

    @Test
    void copiesWhatTheEventsLeaveOnEachRotaOnce() {
        record(PICKING, new ScheduleCreatedEvent(PICKING, "Peak", "Picking", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), "Asia/Tokyo"));
        record(PACKING, new ScheduleCreatedEvent(PACKING, "Peak", "Packing", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), "UTC"));
        record(PICKING, assigned(PICKING, "pick-1", 1, false));
        record(PACKING, assigned(PACKING, "pack-2", 2, true));
        record(PICKING, assigned(PICKING, "pick-3", 3, false));
        record(PICKING, new EmployeeUnassignedFromShiftEvent(PICKING, new ShiftId("pick-3"), AIKO,
                UnassignmentReason.LEAVE, null));
        record(PICKING, assigned(PICKING, "pick-4", 4, false));
        record(PICKING, new ShiftCancelledEvent(PICKING, new ShiftId("pick-4"), "closed"));

        RotasBackfill.backfill(rotas, store, Clock.systemUTC());
        assertThat(rotaOfAiko()).containsExactly("picking/pick-1@Asia/Tokyo", "packing/pack-2@UTC+overtime");

        // done once: a later start leaves the rotas to the commands that keep them
        rotas.remove(AIKO, new ShiftId("pick-1"));
        RotasBackfill.backfill(rotas, store, Clock.systemUTC());
        assertThat(rotaOfAiko()).containsExactly("packing/pack-2@UTC+overtime");
    }
}
