package dev.urakata.command.payroll;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.TaxBracket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculates one employee's payslip for a month. A pure function of its inputs: the same inputs always give the
 * same lines, to the cent.
 *
 * <p>Rounding: every line is rounded once, half-even, to the currency; totals are sums of rounded lines, so
 * gross - deductions = net holds exactly and a register that sums its slips reconciles to the cent. Rates are
 * applied to unrounded intermediate values only within one line.
 *
 * <ul>
 * <li>Base salary: each salary in force during the month, pro rata by calendar days employed under it
 *     (monthly x days / days in month).</li>
 * <li>Premium hours: hourly rate = monthly salary in force at the end of the month (or the last day) /
 *     standard monthly hours; overtime pays hours x rate x overtime multiplier, holiday hours x rate x holiday
 *     multiplier, night hours add hours x rate x night premium rate.</li>
 * <li>Social contributions: employee and employer rate on gross pay up to the monthly ceiling.</li>
 * <li>Income tax: progressive brackets on gross minus the employee social contribution.</li>
 * </ul>
 */
final class PayrollCalculator {

    /** Precision of intermediate values inside one line, before its single rounding. */
    private static final int WORKING_SCALE = 10;

    private PayrollCalculator() {
    }

    /** The payslip lines of {@code employee} for {@code period} under {@code policy}. */
    static List<PayslipLine> calculate(YearMonth period, PayInputs.Employee employee, PayInputs.PolicyVersion policy,
                                       List<PayInputs.OneOff> oneOffs, List<PayInputs.Hours> hours) {
        PayPolicyRules rules = policy.rules();
        String currency = rules.currency();
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        LocalDate employedFrom = max(first, employee.hireDate());
        LocalDate employedTo = employee.lastDay() == null ? last : min(last, employee.lastDay());
        List<PayslipLine> lines = new ArrayList<>();

        List<PayInputs.SalaryEntry> salaries = employee.salaries();
        for (int i = 0; i < salaries.size(); i++) {
            PayInputs.SalaryEntry salary = salaries.get(i);
            LocalDate from = max(employedFrom, salary.effectiveFrom());
            LocalDate to = i + 1 < salaries.size() ? min(employedTo, salaries.get(i + 1).effectiveFrom().minusDays(1))
                    : employedTo;
            if (from.isAfter(to)) {
                continue;
            }
            requireCurrency(salary.monthly(), currency);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            int daysInMonth = period.lengthOfMonth();
            Money amount = Money.rounded(salary.monthly().amount().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(daysInMonth), WORKING_SCALE, RoundingMode.HALF_EVEN), currency);
            lines.add(line("BASE_SALARY", LineKind.EARNING, amount, "base-salary-pro-rata", 0,
                    inputs("monthlySalary", salary.monthly().amount(), "from", from, "to", to, "days", days,
                            "daysInMonth", daysInMonth),
                    List.of(salary.sourceEventId()),
                    salary.monthly().amount().toPlainString() + " x " + days + "/" + daysInMonth + " days"));
        }

        BigDecimal hourlyRate = hourlyRate(salaries, employedTo, rules);
        for (PayInputs.Hours h : hours) {
            premium(lines, "OVERTIME", h.overtime(), hourlyRate, rules.overtimeMultiplier(), "overtime-hours", policy,
                    h, currency);
            premium(lines, "HOLIDAY_PREMIUM", h.holiday(), hourlyRate, rules.holidayMultiplier(), "holiday-hours",
                    policy, h, currency);
            premium(lines, "NIGHT_PREMIUM", h.night(), hourlyRate, rules.nightPremiumRate(), "night-premium", policy,
                    h, currency);
        }
        for (PayInputs.OneOff oneOff : oneOffs) {
            if (oneOff.kind() == OneOffKind.BONUS) {
                requireCurrency(oneOff.amount(), currency);
                lines.add(line("BONUS", LineKind.EARNING, oneOff.amount(), "one-off-bonus", 0,
                        inputs("amount", oneOff.amount().amount()), List.of(oneOff.sourceEventId()),
                        "one-off bonus"));
            }
        }

        BigDecimal gross = sum(lines, LineKind.EARNING);
        BigDecimal contributionBase = gross.min(rules.socialMonthlyCeiling().amount()).max(BigDecimal.ZERO);
        Money employeeSocial = Money.rounded(contributionBase.multiply(rules.socialEmployeeRate()), currency);
        lines.add(line("SOCIAL_CONTRIBUTION", LineKind.DEDUCTION, employeeSocial, "social-contribution-employee",
                policy.version(), inputs("gross", gross, "ceiling", rules.socialMonthlyCeiling().amount(),
                        "base", contributionBase, "rate", rules.socialEmployeeRate()),
                List.of(policy.sourceEventId()),
                contributionBase.toPlainString() + " x " + rules.socialEmployeeRate().toPlainString()
                        + " (gross up to the ceiling " + rules.socialMonthlyCeiling().amount().toPlainString() + ")"));

        BigDecimal taxable = gross.subtract(employeeSocial.amount()).max(BigDecimal.ZERO);
        lines.add(incomeTax(taxable, gross, employeeSocial.amount(), policy, currency));

        for (PayInputs.OneOff oneOff : oneOffs) {
            if (oneOff.kind() == OneOffKind.DEDUCTION) {
                requireCurrency(oneOff.amount(), currency);
                lines.add(line("OTHER_DEDUCTION", LineKind.DEDUCTION, oneOff.amount(), "one-off-deduction", 0,
                        inputs("amount", oneOff.amount().amount()), List.of(oneOff.sourceEventId()),
                        "one-off deduction"));
            }
        }

        Money employerSocial = Money.rounded(contributionBase.multiply(rules.socialEmployerRate()), currency);
        lines.add(line("EMPLOYER_SOCIAL_CONTRIBUTION", LineKind.EMPLOYER_CONTRIBUTION, employerSocial,
                "social-contribution-employer", policy.version(), inputs("base", contributionBase, "rate",
                        rules.socialEmployerRate()), List.of(policy.sourceEventId()),
                contributionBase.toPlainString() + " x " + rules.socialEmployerRate().toPlainString()));
        return lines;
    }

    /** Sum of the lines of one kind (already rounded, so the sum is exact). */
    static BigDecimal sum(List<PayslipLine> lines, LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PayslipLine incomeTax(BigDecimal taxable, BigDecimal gross, BigDecimal social,
                                         PayInputs.PolicyVersion policy, String currency) {
        List<TaxBracket> brackets = policy.rules().incomeTaxBrackets();
        BigDecimal tax = BigDecimal.ZERO;
        StringBuilder derivation = new StringBuilder();
        for (int i = 0; i < brackets.size(); i++) {
            BigDecimal lower = brackets.get(i).from();
            BigDecimal upper = i + 1 < brackets.size() ? brackets.get(i + 1).from() : null;
            if (taxable.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal inBand = (upper == null ? taxable : taxable.min(upper)).subtract(lower);
            tax = tax.add(inBand.multiply(brackets.get(i).rate()));
            derivation.append(derivation.isEmpty() ? "" : " + ").append(inBand.toPlainString()).append(" x ")
                    .append(brackets.get(i).rate().toPlainString());
        }
        Map<String, String> inputs = inputs("gross", gross, "socialContribution", social, "taxable", taxable);
        for (int i = 0; i < brackets.size(); i++) {
            inputs.put("bracket" + (i + 1), brackets.get(i).from().toPlainString() + "@"
                    + brackets.get(i).rate().toPlainString());
        }
        return line("INCOME_TAX", LineKind.DEDUCTION, Money.rounded(tax, currency), "income-tax-progressive",
                policy.version(), inputs, List.of(policy.sourceEventId()),
                "on taxable " + taxable.toPlainString() + ": " + (derivation.isEmpty() ? "0" : derivation));
    }

    private static void premium(List<PayslipLine> lines, String component, BigDecimal hours, BigDecimal hourlyRate,
                                BigDecimal multiplier, String rule, PayInputs.PolicyVersion policy, PayInputs.Hours h,
                                String currency) {
        if (hours == null || hours.signum() == 0) {
            return;
        }
        Money amount = Money.rounded(hours.multiply(hourlyRate).multiply(multiplier), currency);
        lines.add(line(component, LineKind.EARNING, amount, rule, policy.version(),
                inputs("hours", hours, "hourlyRate", hourlyRate, "multiplier", multiplier, "source", h.source()),
                List.of(h.sourceEventId(), policy.sourceEventId()),
                hours.toPlainString() + " h x " + hourlyRate.toPlainString() + " x " + multiplier.toPlainString()));
    }

    /** Monthly salary in force on {@code day} / standard monthly hours. */
    private static BigDecimal hourlyRate(List<PayInputs.SalaryEntry> salaries, LocalDate day, PayPolicyRules rules) {
        BigDecimal monthly = BigDecimal.ZERO;
        for (PayInputs.SalaryEntry salary : salaries) {
            if (!salary.effectiveFrom().isAfter(day)) {
                monthly = salary.monthly().amount();
            }
        }
        return monthly.divide(rules.standardMonthlyHours(), WORKING_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static PayslipLine line(String component, LineKind kind, Money amount, String rule, int policyVersion,
                                    Map<String, String> inputs, List<String> sources, String explanation) {
        return new PayslipLine(component, kind, amount, rule, policyVersion, inputs, sources, explanation);
    }

    private static Map<String, String> inputs(Object... nameValues) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            inputs.put((String) nameValues[i], value instanceof BigDecimal decimal ? decimal.toPlainString()
                    : String.valueOf(value));
        }
        return inputs;
    }

    private static void requireCurrency(Money amount, String currency) {
        if (!amount.currency().equals(currency)) {
            throw new dev.urakata.shared.error.DomainException(dev.urakata.shared.error.CommonErrors.CURRENCY_MISMATCH,
                    "Pay is calculated in " + currency + ", not " + amount.currency());
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
