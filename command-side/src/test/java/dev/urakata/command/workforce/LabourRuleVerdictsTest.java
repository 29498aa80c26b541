package dev.urakata.command.workforce;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleBreach;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The labour rules' verdict on the breaches of one assignment, rule by rule and mode by mode. */
class LabourRuleVerdictsTest {

    static final ShiftId SHIFT = new ShiftId("shift-1");
    static final RuleBreach OVERTIME = new RuleBreach(LabourRule.WEEKLY_HOURS, 2, SHIFT, "44 h planned, 40 h allowed");
    static final RuleBreach SHORT_REST = new RuleBreach(LabourRule.MINIMUM_REST, 1, SHIFT, "9 h rest, 11 h required");
    static final RuleBreach SEVENTH_DAY = new RuleBreach(LabourRule.CONSECUTIVE_DAYS, 3, SHIFT, "7 days in a row");

    static LabourRuleBook book(OvertimePolicy overtime, RuleMode rest, RuleMode days) {
        return new LabourRuleBook(new WeeklyHoursLimit(2, 40, overtime), new MinimumRest(1, 11, rest),
                new ConsecutiveDaysLimit(3, 6, days));
    }

    @Test
    void noBreachLetsTheAssignmentHappenWithNothingToRecord() {
        LabourRuleVerdicts.Verdict verdict = LabourRuleVerdicts.judge(
                book(OvertimePolicy.REFUSE, RuleMode.REFUSE, RuleMode.REFUSE), List.of(), true);

        assertThat(verdict.overtimeApproved()).isFalse();
        assertThat(verdict.recorded()).isEmpty();
    }

    @Test
    void rulesInRecordModeLetItHappenAndRecordEachBreach() {
        LabourRuleVerdicts.Verdict verdict = LabourRuleVerdicts.judge(
                book(OvertimePolicy.ALLOW, RuleMode.RECORD, RuleMode.RECORD),
                List.of(OVERTIME, SHORT_REST, SEVENTH_DAY), false);

        assertThat(verdict.overtimeApproved()).isFalse();
        assertThat(verdict.recorded()).containsExactly(OVERTIME, SHORT_REST, SEVENTH_DAY);
    }

    @Test
    void overtimeThatNeedsApprovalIsRefusedWithoutItAndNotRecordedWithIt() {
        LabourRuleBook rules = book(OvertimePolicy.REQUIRE_APPROVAL, RuleMode.RECORD, RuleMode.RECORD);

        assertRefused(rules, OVERTIME, false, WorkforceErrors.OVERTIME_APPROVAL_REQUIRED);
        LabourRuleVerdicts.Verdict approved = LabourRuleVerdicts.judge(rules, List.of(OVERTIME, SHORT_REST), true);
        assertThat(approved.overtimeApproved()).isTrue();
        assertThat(approved.recorded()).containsExactly(SHORT_REST);
    }

    @Test
    void aRuleInRefuseModeRefusesWithItsOwnCodeWhateverTheApproval() {
        assertRefused(book(OvertimePolicy.REFUSE, RuleMode.RECORD, RuleMode.RECORD), OVERTIME, true,
                WorkforceErrors.WEEKLY_HOURS_EXCEEDED);
        assertRefused(book(OvertimePolicy.ALLOW, RuleMode.REFUSE, RuleMode.RECORD), SHORT_REST, true,
                WorkforceErrors.MINIMUM_REST_BREACHED);
        assertRefused(book(OvertimePolicy.ALLOW, RuleMode.RECORD, RuleMode.REFUSE), SEVENTH_DAY, true,
                WorkforceErrors.CONSECUTIVE_DAYS_EXCEEDED);
    }

    private static void assertRefused(LabourRuleBook rules, RuleBreach breach, boolean overtimeApproved,
                                      WorkforceErrors code) {
        assertThatThrownBy(() -> LabourRuleVerdicts.judge(rules, List.of(breach), overtimeApproved))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(code);
                    assertThat(refusal.getMessage()).contains(breach.detail());
                });
    }
}
