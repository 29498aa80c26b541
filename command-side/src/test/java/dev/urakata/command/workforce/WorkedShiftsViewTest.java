package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.WorkedShift;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-side view timesheets are computed from. */
class WorkedShiftsViewTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final ShiftId SHIFT = new ShiftId("s1");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private WorkedShiftsView view;

    @BeforeEach
    void setUp() {
        view = new WorkedShiftsView(mongo.template());
    }

    @Test
    void aShiftCountsInTheMonthOfItsLocalClockInOnceClockedOutWithTheClockEventIds() {
        // 30 April 23:00 Tokyo is 30 April 14:00 UTC; 1 May 01:00 Tokyo is still 30 April 16:00 UTC.
        view.on(new ShiftAttendanceOpenedEvent(SHIFT, new ScheduleId("x"), "Asia/Tokyo",
                LocalDateTime.of(2026, 5, 1, 1, 0), LocalDateTime.of(2026, 5, 1, 9, 0),
                Instant.parse("2026-04-30T16:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-04-30T16:15:00Z"), List.of(AIKO)));
        EmployeeClockedInEvent in = new EmployeeClockedInEvent(SHIFT, AIKO,
                Instant.parse("2026-04-30T16:01:02.123456Z"), 1, "staff1", null);
        GenericEventMessage<EmployeeClockedInEvent> inMessage = new GenericEventMessage<>(in);
        view.on(in, inMessage);
        assertThat(view.of(AIKO, YearMonth.of(2026, 5))).as("not clocked out yet").isEmpty();

        EmployeeClockedOutEvent out = new EmployeeClockedOutEvent(SHIFT, AIKO, Instant.parse("2026-05-01T00:00:00Z"),
                0, "staff1", null);
        GenericEventMessage<EmployeeClockedOutEvent> outMessage = new GenericEventMessage<>(out);
        view.on(out, outMessage);
        view.on(out, outMessage); // redelivered

        List<WorkedShift> may = view.of(AIKO, YearMonth.of(2026, 5));
        assertThat(may).containsExactly(new WorkedShift(SHIFT, "Asia/Tokyo", inMessage.getIdentifier(),
                in.clockedInAt(), outMessage.getIdentifier(), out.clockedOutAt()));
        assertThat(view.of(AIKO, YearMonth.of(2026, 4))).isEmpty();
        assertThat(view.of(new EmployeeId("ken"), YearMonth.of(2026, 5))).isEmpty();
    }
}
