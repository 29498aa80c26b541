package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of a payslip with everything needed to explain it.
 *
 * @param component      what it is: BASE_SALARY, OVERTIME, NIGHT_PREMIUM, HOLIDAY_PREMIUM, BONUS, INCOME_TAX,
 *                       SOCIAL_CONTRIBUTION, OTHER_DEDUCTION, EMPLOYER_SOCIAL_CONTRIBUTION
 * @param kind           earning, deduction or employer contribution
 * @param amount         the amount, rounded half-even to the currency (negative on a claw-back)
 * @param rule           the rule that produced it, for example {@code base-salary-pro-rata}
 * @param policyVersion  the version of the pay policy the rule took its numbers from (0 when none)
 * @param inputs         the inputs by name (rate, hours, days, base, ...), as decimal strings
 * @param sourceEventIds ids of the events the inputs came from (hire, salary change, policy version, input)
 * @param explanation    the derivation in words and numbers
 */
public record PayslipLine(String component, LineKind kind, Money amount, String rule, int policyVersion,
                          Map<String, String> inputs, List<String> sourceEventIds, String explanation) {

    public PayslipLine {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs)); // keeps the order the rule reads them in
        sourceEventIds = List.copyOf(sourceEventIds);
    }
}
