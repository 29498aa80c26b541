package dev.urakata.shared.workforce;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the labour rules mean, as pure functions over one employee's shifts: the command side asks which rules a
 * new assignment would break, the query side which shifts already planned break a rule that just changed. One
 * definition for both, so an assignment refused today and a report about yesterday never disagree.
 */
public final class LabourRuleChecks {

    private static final Comparator<PlannedShift> BY_START = Comparator.comparing(PlannedShift::startInstant);

    private LabourRuleChecks() {
    }

    /**
     * The breaches that putting the employee on {@code candidate} causes, given the employee's other shifts.
     */
    public static List<RuleBreach> breachesFor(LabourRuleBook rules, PlannedShift candidate,
                                               Collection<PlannedShift> others) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (rules.weeklyHours() != null) {
            long minutes = candidate.minutes() + others.stream()
                    .filter(s -> s.isoWeek().equals(candidate.isoWeek())).mapToLong(PlannedShift::minutes).sum();
            if (minutes > rules.weeklyHours().maxHours() * 60L) {
                breaches.add(new RuleBreach(LabourRule.WEEKLY_HOURS, rules.weeklyHours().version(),
                        candidate.shiftId(), weeklyDetail(candidate.isoWeek(), minutes, rules.weeklyHours())));
            }
        }
        if (rules.minimumRest() != null) {
            long minRest = rules.minimumRest().minHours() * 60L;
            for (PlannedShift other : others) {
                long before = Duration.between(other.endInstant(), candidate.startInstant()).toMinutes();
                long after = Duration.between(candidate.endInstant(), other.startInstant()).toMinutes();
                boolean earlier = !other.startInstant().isAfter(candidate.startInstant());
                long gap = earlier ? before : after;
                if (gap < minRest) {
                    breaches.add(new RuleBreach(LabourRule.MINIMUM_REST, rules.minimumRest().version(),
                            candidate.shiftId(), restDetail(gap, other.shiftId(), rules.minimumRest())));
                    break;
                }
            }
        }
        if (rules.consecutiveDays() != null) {
            Set<LocalDate> days = others.stream().map(s -> s.start().toLocalDate())
                    .collect(Collectors.toCollection(TreeSet::new));
            LocalDate day = candidate.start().toLocalDate();
            days.add(day);
            int run = 1;
            for (LocalDate d = day.minusDays(1); days.contains(d); d = d.minusDays(1)) {
                run++;
            }
            for (LocalDate d = day.plusDays(1); days.contains(d); d = d.plusDays(1)) {
                run++;
            }
            if (run > rules.consecutiveDays().maxDays()) {
                breaches.add(new RuleBreach(LabourRule.CONSECUTIVE_DAYS, rules.consecutiveDays().version(),
                        candidate.shiftId(), consecutiveDetail(run, rules.consecutiveDays())));
            }
        }
        return breaches;
    }

    /**
     * Every shift among {@code shifts} (all of one employee's) that breaks {@code rule} as {@code rules} define it;
     * none when the rule is not set. Weeks with an approved overtime assignment are not reported for weekly hours:
     * a manager decided that overtime.
     */
    public static List<RuleBreach> allBreaches(LabourRule rule, LabourRuleBook rules,
                                               Collection<PlannedShift> shifts) {
        List<PlannedShift> sorted = shifts.stream().sorted(BY_START).toList();
        List<RuleBreach> breaches = new ArrayList<>();
        switch (rule) {
            case WEEKLY_HOURS -> {
                WeeklyHoursLimit limit = rules.weeklyHours();
                if (limit == null) {
                    break;
                }
                Map<String, List<PlannedShift>> weeks = new TreeMap<>(sorted.stream()
                        .collect(Collectors.groupingBy(PlannedShift::isoWeek)));
                weeks.forEach((week, inWeek) -> {
                    if (inWeek.stream().anyMatch(PlannedShift::overtimeApproved)) {
                        return;
                    }
                    long total = 0;
                    for (PlannedShift shift : inWeek) {
                        total += shift.minutes();
                        if (total > limit.maxHours() * 60L) {
                            long all = inWeek.stream().mapToLong(PlannedShift::minutes).sum();
                            breaches.add(new RuleBreach(rule, limit.version(), shift.shiftId(),
                                    weeklyDetail(week, all, limit)));
                            break;
                        }
                    }
                });
            }
            case MINIMUM_REST -> {
                MinimumRest limit = rules.minimumRest();
                if (limit == null) {
                    break;
                }
                for (int i = 1; i < sorted.size(); i++) {
                    long gap = Duration.between(sorted.get(i - 1).endInstant(), sorted.get(i).startInstant())
                            .toMinutes();
                    if (gap < limit.minHours() * 60L) {
                        breaches.add(new RuleBreach(rule, limit.version(), sorted.get(i).shiftId(),
                                restDetail(gap, sorted.get(i - 1).shiftId(), limit)));
                    }
                }
            }
            case CONSECUTIVE_DAYS -> {
                ConsecutiveDaysLimit limit = rules.consecutiveDays();
                if (limit == null) {
                    break;
                }
                // the first shift of each working day, in day order
                Map<LocalDate, PlannedShift> firstOfDay = new TreeMap<>();
                sorted.forEach(s -> firstOfDay.putIfAbsent(s.start().toLocalDate(), s));
                LocalDate previous = null;
                int run = 0;
                for (Map.Entry<LocalDate, PlannedShift> day : firstOfDay.entrySet()) {
                    run = previous != null && previous.plusDays(1).equals(day.getKey()) ? run + 1 : 1;
                    previous = day.getKey();
                    if (run > limit.maxDays()) {
                        breaches.add(new RuleBreach(rule, limit.version(), day.getValue().shiftId(),
                                consecutiveDetail(run, limit)));
                    }
                }
            }
        }
        return breaches;
    }

    private static String weeklyDetail(String week, long minutes, WeeklyHoursLimit limit) {
        return "%s h planned in week %s, limit %d h".formatted(hours(minutes), week, limit.maxHours());
    }

    private static String restDetail(long gapMinutes, ShiftId other, MinimumRest limit) {
        return "%s h rest next to shift %s, minimum %d h".formatted(hours(Math.max(0, gapMinutes)), other,
                limit.minHours());
    }

    private static String consecutiveDetail(int run, ConsecutiveDaysLimit limit) {
        return "%d working days in a row, limit %d".formatted(run, limit.maxDays());
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : "%d.%02d".formatted(minutes / 60, minutes % 60 * 100 / 60);
    }
}
