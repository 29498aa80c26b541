package dev.urakata.command.workforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.urakata.command.support.TestAggregateKinds;
import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.workforce.AddShiftCommand;
import dev.urakata.shared.workforce.AssignEmployeeToShiftCommand;
import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
import dev.urakata.shared.workforce.CreateScheduleCommand;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.command.support.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month for a team of 50 (about 1,070 assignments, every one checked against all three labour rules) goes
 * through the aggregate, the last refusal still sees every earlier decision, and the aggregate's state survives a
 * snapshot round trip through Jackson.
 */
class ScheduleMonthTest {

    static final ScheduleId ID = new ScheduleId("month");
    static final LocalDate FIRST = LocalDate.of(2026, 6, 1); // a Monday
    static final int DAYS = 30;
    static final int EMPLOYEES = 50;
    static final int SHIFTS_A_DAY = 4;
    static final int HEADCOUNT = 10;

    private final EmbeddedMongo mongo = new EmbeddedMongo();

    @AfterEach
    void close() {
        mongo.close();
    }

    static EmployeeId employee(int e) {
        return new EmployeeId("e" + e);
    }

    static ShiftId shift(int day, int slot) {
        return new ShiftId("d" + day + "-" + slot);
    }

    /** Employee e works day d (0-based) when (d + e) % 7 < 5: five days on, two off, 40 hours a week. */
    static boolean works(int employee, int day) {
        return (day + employee) % 7 < 5;
    }

    @Test
    void aMonthForFiftyEmployeesIsPlannedUnderTheRules() {
        WorkforceEmployees employees = new WorkforceEmployees(mongo.template());
        for (int e = 0; e < EMPLOYEES; e++) {
            ScheduleTest.hire(employees, employee(e), EmploymentType.PERMANENT, LocalDate.of(2025, 1, 1), null);
        }
        ScheduleTest.Rules rules = new ScheduleTest.Rules();
        rules.book = new LabourRuleBook(new WeeklyHoursLimit(1, 40, OvertimePolicy.REFUSE),
                new MinimumRest(1, 11, RuleMode.REFUSE), new ConsecutiveDaysLimit(1, 6, RuleMode.REFUSE));
        AggregateTestFixture<Schedule> fixture = new AggregateTestFixture<>(Schedule.class);
        fixture.registerInjectableResource(TestUniqueKeys.create());
        fixture.registerInjectableResource(TestAggregateKinds.empty());
        fixture.registerInjectableResource(employees);
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(new Rotas(EmbeddedDatabase.create()));

        List<Object> plan = new ArrayList<>();
        plan.add(new CreateScheduleCommand(ID, "Osaka", "Warehouse", FIRST, FIRST.plusDays(DAYS - 1L), "Asia/Tokyo"));
        for (int d = 0; d < DAYS; d++) {
            for (int slot = 0; slot < SHIFTS_A_DAY; slot++) {
                LocalDate day = FIRST.plusDays(d);
                plan.add(new AddShiftCommand(ID, shift(d, slot), day.atTime(9, 0), day.atTime(17, 0), "Picker",
                        HEADCOUNT));
            }
        }
        int assignments = 0;
        for (int d = 0; d < DAYS; d++) {
            int onDay = 0;
            for (int e = 0; e < EMPLOYEES; e++) {
                if (works(e, d)) {
                    plan.add(new AssignEmployeeToShiftCommand(ID, shift(d, onDay / HEADCOUNT), employee(e), false));
                    onDay++;
                    assignments++;
                }
            }
        }
        assertThat(assignments).isGreaterThan(1_000);

        // Employee 0 is off on day 5 (a Saturday); working it would make 48 hours in that week.
        assertThat(works(0, 5)).isFalse();
        fixture.givenCommands(plan)
                .when(new AssignEmployeeToShiftCommand(ID, shift(5, 3), employee(0), false))
                .expectException(refusedWith(WorkforceErrors.WEEKLY_HOURS_EXCEEDED))
                .expectNoEvents();

        fixture.givenCommands(plan)
                .when(new AddShiftCommand(ID, new ShiftId("extra"), FIRST.atTime(18, 0), FIRST.atTime(22, 0),
                        "Picker", 1))
                .expectSuccessfulHandlerExecution();
        // the state as the event store rebuilds it, as the snapshotter and the audit timeline see it
        AggregateModel<Schedule> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Schedule.class);
        Schedule schedule = new Schedule();
        fixture.getEventStore().readEvents(ID.value()).asStream().forEach(event -> model.publish(event, schedule));
        snapshotRoundTrip(schedule);
    }

    /** Serializes the aggregate as a snapshot would, reads it back, and compares the two states field by field. */
    private static void snapshotRoundTrip(Schedule schedule) {
        try {
            ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            String written = json.writeValueAsString(schedule);
            Schedule read = json.readValue(written, Schedule.class);
            assertThat(read).usingRecursiveComparison().isEqualTo(schedule);
            assertThat(written).contains("\"e49\"");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
