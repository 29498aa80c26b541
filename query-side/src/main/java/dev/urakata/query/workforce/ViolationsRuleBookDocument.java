package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import org.springframework.data.annotation.Id;

/**
 * The one document of {@code workforce_violations_rules} (keyed {@code rule-book}): the labour rules as the rule
 * events made them, each absent until first set.
 */
public record ViolationsRuleBookDocument(
        @Id String id,
        @Meaning(value = "the weekly hours limit", optional = true) Setting weeklyHours,
        @Meaning(value = "the minimum rest between shifts", optional = true) Setting minimumRest,
        @Meaning(value = "the limit on consecutive working days", optional = true) Setting consecutiveDays) {

    /** One rule's setting. */
    public record Setting(
            @Meaning("the rule's version") int version,
            @Meaning("the limit: hours a week, hours of rest or days in a row") int limit,
            @Meaning("how the rule is enforced (an overtime policy or a rule mode)") String mode) {
    }

    static ViolationsRuleBookDocument of(String id, LabourRuleBook book) {
        WeeklyHoursLimit weekly = book.weeklyHours();
        MinimumRest rest = book.minimumRest();
        ConsecutiveDaysLimit days = book.consecutiveDays();
        return new ViolationsRuleBookDocument(id,
                weekly == null ? null : new Setting(weekly.version(), weekly.maxHours(),
                        weekly.overtimePolicy().name()),
                rest == null ? null : new Setting(rest.version(), rest.minHours(), rest.mode().name()),
                days == null ? null : new Setting(days.version(), days.maxDays(), days.mode().name()));
    }

    LabourRuleBook ruleBook() {
        return new LabourRuleBook(
                weeklyHours == null ? null : new WeeklyHoursLimit(weeklyHours.version(), weeklyHours.limit(),
                        OvertimePolicy.valueOf(weeklyHours.mode())),
                minimumRest == null ? null : new MinimumRest(minimumRest.version(), minimumRest.limit(),
                        RuleMode.valueOf(minimumRest.mode())),
                consecutiveDays == null ? null : new ConsecutiveDaysLimit(consecutiveDays.version(),
                        consecutiveDays.limit(), RuleMode.valueOf(consecutiveDays.mode())));
    }
}
