package dev.urakata.command.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.TaxBracket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.urakata.command.payroll.PayrollFixtures.employee;
import static dev.urakata.command.payroll.PayrollFixtures.salary;
import static dev.urakata.command.payroll.PayrollFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payslips checked by hand against the sample policy: 5% to 200,000, 10% to 400,000, 20% to 800,000, 33% above,
 * on gross minus a 9% social contribution capped at 650,000 (employer 10%), 160 standard hours.
 */
class PayrollCalculatorTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4); // 30 days
    static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    static Map<String, BigDecimal> amounts(List<PayslipLine> lines) {
        return lines.stream().collect(Collectors.toMap(PayslipLine::component, l -> l.amount().amount(),
                BigDecimal::add));
    }

    static List<PayslipLine> calculate(PayInputs.Employee employee) {
        return PayrollCalculator.calculate(APRIL, employee, sample(), List.of(), List.of());
    }

    static void assertSlip(List<PayslipLine> lines, String gross, String deductions, String net) {
        BigDecimal g = PayrollCalculator.sum(lines, LineKind.EARNING);
        BigDecimal d = PayrollCalculator.sum(lines, LineKind.DEDUCTION);
        assertThat(g).isEqualByComparingTo(gross);
        assertThat(d).isEqualByComparingTo(deductions);
        assertThat(g.subtract(d)).isEqualByComparingTo(net);
    }

    @Test
    void aFullMonth() {
        // gross 300,000; social 27,000; taxable 273,000: 10,000 + 7,300 = 17,300; employer 30,000.
        List<PayslipLine> lines = calculate(employee("e1", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e1")));
        assertThat(amounts(lines)).containsEntry("BASE_SALARY", new BigDecimal("300000"))
                .containsEntry("SOCIAL_CONTRIBUTION", new BigDecimal("27000"))
                .containsEntry("INCOME_TAX", new BigDecimal("17300"))
                .containsEntry("EMPLOYER_SOCIAL_CONTRIBUTION", new BigDecimal("30000"));
        assertSlip(lines, "300000", "44300", "255700");
        PayslipLine base = lines.get(0);
        assertThat(base.sourceEventIds()).containsExactly("hire-e1");
        assertThat(base.inputs()).containsEntry("days", "30").containsEntry("daysInMonth", "30");
        PayslipLine tax = lines.stream().filter(l -> l.component().equals("INCOME_TAX")).findFirst().orElseThrow();
        assertThat(tax.policyVersion()).isEqualTo(1);
        assertThat(tax.sourceEventIds()).containsExactly("policy-v1");
        assertThat(tax.explanation()).isEqualTo("on taxable 273000: 200000 x 0.05 + 73000 x 0.10");
    }

    @Test
    void aMidMonthHireIsProRatedByCalendarDays() {
        // Hired on the 11th: 20 of 30 days = 200,000; social 18,000; tax on 182,000 = 9,100.
        List<PayslipLine> lines = calculate(employee("e2", LocalDate.of(2026, 4, 11), null,
                salary("300000", LocalDate.of(2026, 4, 11), "hire-e2")));
        assertSlip(lines, "200000", "27100", "172900");
    }

    @Test
    void aMidMonthTerminationIsProRated() {
        // Last day the 10th: 10 of 30 days = 100,000; social 9,000; tax on 91,000 = 4,550.
        List<PayslipLine> lines = calculate(employee("e3", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 10),
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e3")));
        assertSlip(lines, "100000", "13550", "86450");
    }

    @Test
    void aMidMonthSalaryChangeSplitsTheMonth() {
        // 300,000 x 15/30 + 360,000 x 15/30 = 330,000; social 29,700; taxable 300,300:
        // 10,000 + 10,030 = 20,030.
        List<PayslipLine> lines = calculate(employee("e4", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e4"),
                salary("360000", LocalDate.of(2026, 4, 16), "raise-e4")));
        assertThat(lines.subList(0, 2)).extracting(l -> l.amount().amount())
                .containsExactly(new BigDecimal("150000"), new BigDecimal("180000"));
        assertThat(lines.get(1).sourceEventIds()).containsExactly("raise-e4");
        assertSlip(lines, "330000", "49730", "280270");
    }

    @Test
    void contributionsStopAtTheCeilingAndTheTopBracketApplies() {
        // 900,000: social on 650,000 = 58,500; taxable 841,500: 10,000 + 20,000 + 80,000 + 41,500 x 0.33
        // (13,695) = 123,695; employer 65,000.
        List<PayslipLine> lines = calculate(employee("e5", LocalDate.of(2025, 1, 1), null,
                salary("900000", LocalDate.of(2025, 1, 1), "hire-e5")));
        assertThat(amounts(lines)).containsEntry("SOCIAL_CONTRIBUTION", new BigDecimal("58500"))
                .containsEntry("INCOME_TAX", new BigDecimal("123695"))
                .containsEntry("EMPLOYER_SOCIAL_CONTRIBUTION", new BigDecimal("65000"));
        assertSlip(lines, "900000", "182195", "717805");
    }

    @Test
    void premiumHoursUseTheHourlyRateOfTheMonthlySalary() {
        // 320,000 / 160 = 2,000 an hour. Overtime 10 h x 1.25 = 25,000; holiday 8 h x 1.35 = 21,600;
        // night 4 h x 0.25 = 2,000. Gross 368,600; social 33,174; taxable 335,426:
        // 10,000 + 13,542.6 = 23,542.6 -> 23,543.
        PayInputs.Hours hours = new PayInputs.Hours("ts-1", new BigDecimal("10"), new BigDecimal("4"),
                new BigDecimal("8"), "timesheet 4/2026", "hours-event");
        List<PayslipLine> lines = PayrollCalculator.calculate(APRIL, employee("e6", LocalDate.of(2025, 1, 1), null,
                salary("320000", LocalDate.of(2025, 1, 1), "hire-e6")), sample(), List.of(), List.of(hours));
        assertThat(amounts(lines)).containsEntry("OVERTIME", new BigDecimal("25000"))
                .containsEntry("HOLIDAY_PREMIUM", new BigDecimal("21600"))
                .containsEntry("NIGHT_PREMIUM", new BigDecimal("2000"))
                .containsEntry("INCOME_TAX", new BigDecimal("23543"));
        assertSlip(lines, "368600", "56717", "311883");
        assertThat(lines.stream().filter(l -> l.component().equals("OVERTIME")).findFirst().orElseThrow()
                .sourceEventIds()).containsExactly("hours-event", "policy-v1");
    }

    @Test
    void aBonusIsTaxedAndADeductionComesOffNet() {
        // 300,000 + 50,000 bonus = 350,000; social 31,500; taxable 318,500: 10,000 + 11,850 = 21,850;
        // then a 5,000 canteen deduction.
        EmployeeId e7 = new EmployeeId("e7");
        List<PayInputs.OneOff> oneOffs = List.of(
                new PayInputs.OneOff("b1", e7, OneOffKind.BONUS, Money.of("50000", "JPY"), "bonus-event"),
                new PayInputs.OneOff("d1", e7, OneOffKind.DEDUCTION, Money.of("5000", "JPY"), "ded-event"));
        List<PayslipLine> lines = PayrollCalculator.calculate(APRIL, employee("e7", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e7")), sample(), oneOffs, List.of());
        assertSlip(lines, "350000", "58350", "291650");
    }

    @Test
    void bracketEdgesRoundHalfEvenOnce() {
        // Taxable exactly 200,000 pays 10,000; 200,001 pays 10,000.1, which rounds to 10,000.
        PayPolicyRules noSocial = new PayPolicyRules("JPY", new BigDecimal("160"), BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ONE, sample().rules().incomeTaxBrackets(), BigDecimal.ZERO, BigDecimal.ZERO,
                Money.of("1", "JPY"));
        PayInputs.PolicyVersion policy = new PayInputs.PolicyVersion(2, LocalDate.of(2020, 1, 1), noSocial, "v2");
        assertThat(amounts(PayrollCalculator.calculate(APRIL, employee("e8", LocalDate.of(2025, 1, 1), null,
                salary("200000", LocalDate.of(2025, 1, 1), "h")), policy, List.of(), List.of())))
                .containsEntry("INCOME_TAX", new BigDecimal("10000"));
        assertThat(amounts(PayrollCalculator.calculate(APRIL, employee("e9", LocalDate.of(2025, 1, 1), null,
                salary("200001", LocalDate.of(2025, 1, 1), "h")), policy, List.of(), List.of())))
                .containsEntry("INCOME_TAX", new BigDecimal("10000"));
    }

    @Test
    void centsAreRoundedHalfEvenPerLine() {
        // EUR: 3,000.00 for 20 of 31 days = 1,935.4838... -> 1,935.48.
        PayPolicyRules euro = new PayPolicyRules("EUR", new BigDecimal("160"), BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ONE, List.of(new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.10"))),
                new BigDecimal("0.08"), new BigDecimal("0.08"), Money.of("5000.00", "EUR"));
        PayInputs.Employee employee = new PayInputs.Employee(new EmployeeId("e10"), "N", LocalDate.of(2026, 1, 12),
                null, "Ops", List.of(new PayInputs.SalaryEntry(Money.of("3000.00", "EUR"), LocalDate.of(2026, 1, 12),
                "h")), "h");
        List<PayslipLine> lines = PayrollCalculator.calculate(YearMonth.of(2026, 1), employee,
                new PayInputs.PolicyVersion(1, LocalDate.of(2020, 1, 1), euro, "v"), List.of(), List.of());
        // social 1,935.48 x 0.08 = 154.8384 -> 154.84; tax (1,935.48 - 154.84) x 0.10 = 178.064 -> 178.06.
        assertThat(amounts(lines)).containsEntry("BASE_SALARY", new BigDecimal("1935.48"))
                .containsEntry("SOCIAL_CONTRIBUTION", new BigDecimal("154.84"))
                .containsEntry("INCOME_TAX", new BigDecimal("178.06"));
        assertSlip(lines, "1935.48", "332.90", "1602.58");
    }
}
