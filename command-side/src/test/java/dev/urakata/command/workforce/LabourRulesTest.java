package dev.urakata.command.workforce;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.workforce.ConsecutiveDaysLimitSetEvent;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.SetConsecutiveDaysLimitCommand;
import dev.urakata.shared.workforce.SetMinimumRestCommand;
import dev.urakata.shared.workforce.SetWeeklyHoursLimitCommand;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of the labour rule book: each rule added, changed (a new version), unchanged, invalid. */
class LabourRulesTest {

    static final LabourRulesId ID = LabourRulesId.COMPANY;

    private final AggregateTestFixture<LabourRules> fixture = new AggregateTestFixture<>(LabourRules.class);

    @Test
    void weeklyHoursAreAddedThenChangedWithANewVersion() {
        fixture.givenNoPriorActivity()
                .when(new SetWeeklyHoursLimitCommand(ID, 40, OvertimePolicy.REQUIRE_APPROVAL))
                .expectEvents(new WeeklyHoursLimitSetEvent(ID, 1, 40, OvertimePolicy.REQUIRE_APPROVAL));
        fixture.given(new WeeklyHoursLimitSetEvent(ID, 1, 40, OvertimePolicy.REQUIRE_APPROVAL))
                .when(new SetWeeklyHoursLimitCommand(ID, 40, OvertimePolicy.REFUSE))
                .expectEvents(new WeeklyHoursLimitSetEvent(ID, 2, 40, OvertimePolicy.REFUSE));
        fixture.given(new WeeklyHoursLimitSetEvent(ID, 1, 40, OvertimePolicy.REFUSE))
                .when(new SetWeeklyHoursLimitCommand(ID, 40, OvertimePolicy.REFUSE))
                .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetWeeklyHoursLimitCommand(ID, 169, OvertimePolicy.REFUSE))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetWeeklyHoursLimitCommand(ID, 40, null))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void minimumRestIsVersionedIndependently() {
        fixture.given(new WeeklyHoursLimitSetEvent(ID, 1, 40, OvertimePolicy.REFUSE),
                        new WeeklyHoursLimitSetEvent(ID, 2, 38, OvertimePolicy.REFUSE))
                .when(new SetMinimumRestCommand(ID, 11, RuleMode.RECORD))
                .expectEvents(new MinimumRestSetEvent(ID, 1, 11, RuleMode.RECORD));
        fixture.given(new MinimumRestSetEvent(ID, 1, 11, RuleMode.RECORD))
                .when(new SetMinimumRestCommand(ID, 11, RuleMode.REFUSE))
                .expectEvents(new MinimumRestSetEvent(ID, 2, 11, RuleMode.REFUSE));
        fixture.given(new MinimumRestSetEvent(ID, 1, 11, RuleMode.RECORD))
                .when(new SetMinimumRestCommand(ID, 11, RuleMode.RECORD))
                .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetMinimumRestCommand(ID, 0, RuleMode.RECORD))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void consecutiveDaysAreAddedChangedAndChecked() {
        fixture.givenNoPriorActivity()
                .when(new SetConsecutiveDaysLimitCommand(ID, 6, RuleMode.REFUSE))
                .expectEvents(new ConsecutiveDaysLimitSetEvent(ID, 1, 6, RuleMode.REFUSE));
        fixture.given(new ConsecutiveDaysLimitSetEvent(ID, 1, 6, RuleMode.REFUSE))
                .when(new SetConsecutiveDaysLimitCommand(ID, 5, RuleMode.REFUSE))
                .expectEvents(new ConsecutiveDaysLimitSetEvent(ID, 2, 5, RuleMode.REFUSE));
        fixture.given(new ConsecutiveDaysLimitSetEvent(ID, 1, 6, RuleMode.REFUSE))
                .when(new SetConsecutiveDaysLimitCommand(ID, 6, RuleMode.REFUSE))
                .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetConsecutiveDaysLimitCommand(ID, 32, RuleMode.REFUSE))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
