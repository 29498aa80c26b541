package dev.urakata.shared.workforce;

/**
 * The labour rules in force, as the rule events made them; a rule never set is {@code null}. Both sides fold the
 * same events into it with {@link #with(Object)}, so the command side refuses and the query side reports by the
 * same rules.
 *
 * @param weeklyHours     the weekly hours rule, or {@code null}
 * @param minimumRest     the minimum rest rule, or {@code null}
 * @param consecutiveDays the consecutive days rule, or {@code null}
 */
public record LabourRuleBook(WeeklyHoursLimit weeklyHours, MinimumRest minimumRest,
                             ConsecutiveDaysLimit consecutiveDays) {

    /** No rules at all. */
    public static final LabourRuleBook NONE = new LabourRuleBook(null, null, null);

    /** The rule book after {@code event}; unchanged for an event that sets no rule. */
    public LabourRuleBook with(Object event) {
        if (event instanceof WeeklyHoursLimitSetEvent e) {
            return new LabourRuleBook(new WeeklyHoursLimit(e.version(), e.maxHours(), e.overtimePolicy()),
                    minimumRest, consecutiveDays);
        }
        if (event instanceof MinimumRestSetEvent e) {
            return new LabourRuleBook(weeklyHours, new MinimumRest(e.version(), e.minHours(), e.mode()),
                    consecutiveDays);
        }
        if (event instanceof ConsecutiveDaysLimitSetEvent e) {
            return new LabourRuleBook(weeklyHours, minimumRest,
                    new ConsecutiveDaysLimit(e.version(), e.maxDays(), e.mode()));
        }
        return this;
    }

    /** The version of {@code rule} in force, 0 when it was never set. */
    public int versionOf(LabourRule rule) {
        return switch (rule) {
            case WEEKLY_HOURS -> weeklyHours == null ? 0 : weeklyHours.version();
            case MINIMUM_REST -> minimumRest == null ? 0 : minimumRest.version();
            case CONSECUTIVE_DAYS -> consecutiveDays == null ? 0 : consecutiveDays.version();
        };
    }
}
