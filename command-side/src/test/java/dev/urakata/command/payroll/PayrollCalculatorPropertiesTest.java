package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.PayslipLine;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every payslip has, whatever the salary, dates, hours and one-offs. */
class PayrollCalculatorPropertiesTest {

    static final YearMonth MONTH = YearMonth.of(2026, 2);

    @Property(tries = 300)
    void everyLineIsWholeYenAndGrossMinusDeductionsIsNetWithinPlausibleBounds(
            @ForAll @BigRange(min = "100000", max = "3000000") BigDecimal monthly,
            @ForAll @IntRange(min = 1, max = 28) int hiredOn,
            @ForAll @IntRange(min = 0, max = 28) int raisedOn,
            @ForAll @BigRange(min = "0", max = "60") BigDecimal overtime,
            @ForAll @IntRange(min = 0, max = 200000) int bonus,
            @ForAll @IntRange(min = 0, max = 20000) int deduction) {
        PayInputs.Employee employee = new PayInputs.Employee(new EmployeeId("p"), "P", MONTH.atDay(hiredOn), null,
                "Ops", salaries(monthly, raisedOn), "hire");
        List<PayInputs.OneOff> oneOffs = new ArrayList<>();
        if (bonus > 0) {
            oneOffs.add(new PayInputs.OneOff("b", employee.employeeId(), OneOffKind.BONUS,
                    Money.of(Integer.toString(bonus), "JPY"), "b"));
        }
        if (deduction > 0) {
            oneOffs.add(new PayInputs.OneOff("d", employee.employeeId(), OneOffKind.DEDUCTION,
                    Money.of(Integer.toString(deduction), "JPY"), "d"));
        }
        List<PayInputs.Hours> hours = List.of(new PayInputs.Hours("h", overtime.setScale(2, Money.ROUNDING),
                BigDecimal.ZERO, BigDecimal.ZERO, null, "h"));

        List<PayslipLine> lines = PayrollCalculator.calculate(MONTH, employee, PayrollFixtures.sample(), oneOffs, hours);

        BigDecimal gross = PayrollCalculator.sum(lines, LineKind.EARNING);
        BigDecimal deductions = PayrollCalculator.sum(lines, LineKind.DEDUCTION);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.amount().amount().scale()).isZero();
            assertThat(line.amount().amount().signum()).isGreaterThanOrEqualTo(0);
            assertThat(line.sourceEventIds()).isNotEmpty();
        });
        assertThat(deductions).isLessThanOrEqualTo(gross.add(BigDecimal.valueOf(deduction)));
        // Social contributions never exceed 9% of the ceiling, and tax never exceeds the top rate of gross.
        BigDecimal social = amount(lines, "SOCIAL_CONTRIBUTION");
        assertThat(social).isLessThanOrEqualTo(new BigDecimal("58500"));
        assertThat(amount(lines, "INCOME_TAX")).isLessThanOrEqualTo(gross.multiply(new BigDecimal("0.33")));
        // Pro rata: base pay never exceeds a full month of the highest salary in force (the raise adds 10,000).
        BigDecimal highest = monthly.setScale(0, Money.ROUNDING).add(BigDecimal.valueOf(raisedOn > 0 ? 10000 : 0));
        assertThat(amount(lines, "BASE_SALARY")).isLessThanOrEqualTo(highest);
    }

    @Property(tries = 300)
    void proRataBasePayIsWithinHalfAYenOfTheExactShare(
            @ForAll @BigRange(min = "100000", max = "3000000") BigDecimal monthly,
            @ForAll @IntRange(min = 1, max = 28) int hiredOn) {
        BigDecimal whole = monthly.setScale(0, Money.ROUNDING);
        PayInputs.Employee employee = new PayInputs.Employee(new EmployeeId("p"), "P", MONTH.atDay(hiredOn), null,
                "Ops", salaries(whole, 0), "hire");
        BigDecimal exact = whole.multiply(BigDecimal.valueOf(MONTH.lengthOfMonth() - hiredOn + 1))
                .divide(BigDecimal.valueOf(MONTH.lengthOfMonth()), 10, java.math.RoundingMode.HALF_EVEN);

        BigDecimal base = amount(PayrollCalculator.calculate(MONTH, employee, PayrollFixtures.sample(), List.of(),
                List.of()), "BASE_SALARY");

        assertThat(base.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    /** From 100 yen up: below that, two lines rounding up by one yen each could outweigh a tiny raise. */
    @Property(tries = 300)
    void moreGrossNeverMeansLessNet(@ForAll @BigRange(min = "100000", max = "3000000") BigDecimal monthly,
                                    @ForAll @IntRange(min = 100, max = 50000) int raise) {
        BigDecimal lower = net(monthly.setScale(0, Money.ROUNDING));
        BigDecimal higher = net(monthly.setScale(0, Money.ROUNDING).add(BigDecimal.valueOf(raise)));
        assertThat(higher).isGreaterThanOrEqualTo(lower);
    }

    private static BigDecimal net(BigDecimal monthly) {
        PayInputs.Employee employee = new PayInputs.Employee(new EmployeeId("p"), "P", LocalDate.of(2020, 1, 1),
                null, "Ops", salaries(monthly, 0), "hire");
        List<PayslipLine> lines = PayrollCalculator.calculate(MONTH, employee, PayrollFixtures.sample(), List.of(),
                List.of());
        return PayrollCalculator.sum(lines, LineKind.EARNING).subtract(PayrollCalculator.sum(lines, LineKind.DEDUCTION));
    }

    private static List<PayInputs.SalaryEntry> salaries(BigDecimal monthly, int raisedOn) {
        BigDecimal whole = monthly.setScale(0, Money.ROUNDING);
        List<PayInputs.SalaryEntry> salaries = new ArrayList<>();
        salaries.add(new PayInputs.SalaryEntry(new Money(whole, "JPY"), LocalDate.of(2020, 1, 1), "hire"));
        if (raisedOn > 0) {
            salaries.add(new PayInputs.SalaryEntry(new Money(whole.add(BigDecimal.valueOf(10000)), "JPY"),
                    MONTH.atDay(raisedOn), "raise"));
        }
        return salaries;
    }

    private static BigDecimal amount(List<PayslipLine> lines, String component) {
        return lines.stream().filter(l -> l.component().equals(component)).map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
