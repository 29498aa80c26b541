package dev.urakata.standalone.micro;

import dev.urakata.shared.workforce.ConsecutiveDaysLimit;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRuleChecks;
import dev.urakata.shared.workforce.MinimumRest;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.RuleBreach;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.WeeklyHoursLimit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The labour-rule check an assignment runs: one more shift for an employee who already works five days a week for
 * a month (about 22 shifts), against all three rules, compared with merely walking the same shifts once and
 * adding up their minutes (the least any check must do).
 */
@State(Scope.Benchmark)
public class LabourRuleBenchmark {

    private static final String ZONE = "Asia/Tokyo";

    private LabourRuleBook rules;
    private List<PlannedShift> month;
    private PlannedShift candidate;

    @Setup
    public void setUp() {
        rules = new LabourRuleBook(new WeeklyHoursLimit(1, 40, OvertimePolicy.REFUSE),
                new MinimumRest(1, 11, RuleMode.REFUSE), new ConsecutiveDaysLimit(1, 6, RuleMode.REFUSE));
        month = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 6, 1);
        for (int day = 0; day < 30; day++) {
            if (day % 7 < 5 && day != 23) {
                LocalDateTime start = first.plusDays(day).atTime(9, 0);
                month.add(new PlannedShift(new ShiftId("s" + day), start, start.plusHours(8), ZONE, false));
            }
        }
        LocalDateTime start = first.plusDays(23).atTime(9, 0);
        candidate = new PlannedShift(new ShiftId("candidate"), start, start.plusHours(8), ZONE, false);
    }

    @Benchmark
    public List<RuleBreach> checkAssignment() {
        return LabourRuleChecks.breachesFor(rules, candidate, month);
    }

    @Benchmark
    public long walkTheShifts() {
        long minutes = candidate.minutes();
        for (PlannedShift shift : month) {
            minutes += shift.minutes();
        }
        return minutes;
    }
}
