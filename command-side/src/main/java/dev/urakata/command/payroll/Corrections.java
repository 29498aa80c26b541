package dev.urakata.command.payroll;

import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.PayslipLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a recalculated payslip into the payslip of a correction run: per component, what is due now minus what
 * was paid before; positive is arrears, negative a claw-back. Components that did not change are left out.
 */
final class Corrections {

    private static final Map<String, LineKind> KINDS = Map.of(
            "BASE_SALARY", LineKind.EARNING, "OVERTIME", LineKind.EARNING, "NIGHT_PREMIUM", LineKind.EARNING,
            "HOLIDAY_PREMIUM", LineKind.EARNING, "BONUS", LineKind.EARNING, "INCOME_TAX", LineKind.DEDUCTION,
            "SOCIAL_CONTRIBUTION", LineKind.DEDUCTION, "OTHER_DEDUCTION", LineKind.DEDUCTION,
            "EMPLOYER_SOCIAL_CONTRIBUTION", LineKind.EMPLOYER_CONTRIBUTION);

    private Corrections() {
    }

    /**
     * @param recalculated the lines due now
     * @param paidBefore   component → amount paid by the corrected run(s), or {@code null} if nothing was paid
     * @return one line per changed component; empty when nothing changed
     */
    static List<PayslipLine> difference(List<PayslipLine> recalculated, Map<String, BigDecimal> paidBefore,
                                        PayInputs.PolicyVersion policy) {
        String currency = policy.rules().currency();
        Map<String, BigDecimal> before = paidBefore == null ? Map.of() : paidBefore;
        Map<String, BigDecimal> now = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (PayslipLine line : recalculated) {
            now.merge(line.component(), line.amount().amount(), BigDecimal::add);
            sources.computeIfAbsent(line.component(), c -> new ArrayList<>()).addAll(line.sourceEventIds());
        }
        before.keySet().forEach(component -> now.putIfAbsent(component, BigDecimal.ZERO));
        List<PayslipLine> lines = new ArrayList<>();
        now.forEach((component, due) -> {
            BigDecimal paid = before.getOrDefault(component, BigDecimal.ZERO);
            BigDecimal difference = due.subtract(paid);
            if (difference.signum() != 0) {
                lines.add(new PayslipLine(component, KINDS.get(component), Money.rounded(difference, currency),
                        "correction-difference", policy.version(),
                        Map.of("dueNow", due.toPlainString(), "paidBefore", paid.toPlainString()),
                        sources.getOrDefault(component, List.of()),
                        due.toPlainString() + " due now - " + paid.toPlainString() + " paid before"
                                + (difference.signum() > 0 ? " (arrears)" : " (claw-back)")));
            }
        });
        return lines;
    }
}
