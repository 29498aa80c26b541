package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A leaver is taken off every shift after the last day, in every schedule, and off no other. */
class EmploymentEndShiftReleasePolicyTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final ScheduleId PICKING = new ScheduleId("picking");
    static final ScheduleId PACKING = new ScheduleId("packing");
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final Rotas rotas = new Rotas(EmbeddedDatabase.create());

    static PlannedShift shift(String id, LocalDateTime start, LocalDateTime end) {
        return new PlannedShift(new ShiftId(id), start, end, "Asia/Tokyo", false);
    }

    static UnassignEmployeeFromShiftCommand release(ScheduleId schedule, String shift) {
        return new UnassignEmployeeFromShiftCommand(schedule, new ShiftId(shift), AIKO,
                UnassignmentReason.EMPLOYMENT_ENDED, "employment ended on " + LAST_DAY);
    }

    @Test
    void releasesTheShiftsAfterTheLastDayInEverySchedule() {
        rotas.add(AIKO, PICKING, shift("last-day", LAST_DAY.atTime(8, 0), LAST_DAY.atTime(18, 0)));
        // a night shift from the last day into the next touches a day after it
        rotas.add(AIKO, PACKING, shift("night", LAST_DAY.atTime(22, 0), LAST_DAY.plusDays(1).atTime(6, 0)));
        rotas.add(AIKO, PICKING, shift("next-week", LAST_DAY.plusDays(7).atTime(8, 0),
                LAST_DAY.plusDays(7).atTime(18, 0)));
        rotas.add(KEN, PICKING, shift("kens", LAST_DAY.plusDays(7).atTime(8, 0), LAST_DAY.plusDays(7).atTime(18, 0)));
        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));

        new EmploymentEndShiftReleasePolicy(gateway, rotas).on(new EmployeeTerminatedEvent(AIKO,
                TerminationReason.RESIGNATION, LAST_DAY, null));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).containsExactlyInAnyOrder(release(PACKING, "night"),
                release(PICKING, "next-week"));
        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void aRefusedReleaseHoldsUpNeitherTheOthersNorTheTermination() {
        rotas.add(AIKO, PICKING, shift("a", LAST_DAY.plusDays(1).atTime(8, 0), LAST_DAY.plusDays(1).atTime(12, 0)));
        rotas.add(AIKO, PICKING, shift("b", LAST_DAY.plusDays(2).atTime(8, 0), LAST_DAY.plusDays(2).atTime(12, 0)));
        when(gateway.send(any())).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("not on it")));

        new EmploymentEndShiftReleasePolicy(gateway, rotas).on(new EmployeeTerminatedEvent(AIKO,
                TerminationReason.END_OF_CONTRACT, LAST_DAY, null));

        verify(gateway, times(2)).send(any());
    }
}
