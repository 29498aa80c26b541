package dev.urakata.command.payroll;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.AdoptPayPolicyCommand;
import dev.urakata.shared.payroll.ChangeIncomeTaxBracketsCommand;
import dev.urakata.shared.payroll.ChangePremiumRatesCommand;
import dev.urakata.shared.payroll.ChangeSocialContributionsCommand;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayPolicyVersionAdoptedEvent;
import dev.urakata.shared.payroll.TaxBracket;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.command.payroll.PayrollFixtures.sampleRules;
import static dev.urakata.command.support.Refusals.refusedWith;

/** Adopting a pay policy and changing it by effective date, each change a new complete version. */
class PayPolicyTest {

    static final PayPolicyId ID = new PayPolicyId("sample");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private AggregateTestFixture<PayPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PayPolicy.class);
    }

    static PayPolicyVersionAdoptedEvent adopted() {
        return new PayPolicyVersionAdoptedEvent(ID, "Sample", 1, START, sampleRules(), "ADOPTED", null);
    }

    @Test
    void adoptsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new AdoptPayPolicyCommand(ID, "Sample", START, sampleRules()))
                .expectEvents(adopted());
    }

    @Test
    void aBracketChangeIsANewCompleteVersion() {
        List<TaxBracket> brackets = List.of(new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.05")),
                new TaxBracket(new BigDecimal("250000"), new BigDecimal("0.10")));
        PayPolicyRules r = sampleRules();
        fixture.given(adopted())
                .when(new ChangeIncomeTaxBracketsCommand(ID, LocalDate.of(2026, 7, 1), brackets, "reform"))
                .expectEvents(new PayPolicyVersionAdoptedEvent(ID, "Sample", 2, LocalDate.of(2026, 7, 1),
                        new PayPolicyRules(r.currency(), r.standardMonthlyHours(), r.overtimeMultiplier(),
                                r.nightPremiumRate(), r.holidayMultiplier(), brackets, r.socialEmployeeRate(),
                                r.socialEmployerRate(), r.socialMonthlyCeiling()), "INCOME_TAX_BRACKETS", "reform"));
    }

    @Test
    void aContributionChangeIsANewCompleteVersion() {
        PayPolicyRules r = sampleRules();
        fixture.given(adopted())
                .when(new ChangeSocialContributionsCommand(ID, LocalDate.of(2026, 4, 1), new BigDecimal("0.095"),
                        new BigDecimal("0.105"), Money.of("700000", "JPY"), "annual update"))
                .expectEvents(new PayPolicyVersionAdoptedEvent(ID, "Sample", 2, LocalDate.of(2026, 4, 1),
                        new PayPolicyRules(r.currency(), r.standardMonthlyHours(), r.overtimeMultiplier(),
                                r.nightPremiumRate(), r.holidayMultiplier(), r.incomeTaxBrackets(),
                                new BigDecimal("0.095"), new BigDecimal("0.105"), Money.of("700000", "JPY")),
                        "SOCIAL_CONTRIBUTIONS", "annual update"));
    }

    @Test
    void aPremiumRateChangeIsANewCompleteVersion() {
        PayPolicyRules r = sampleRules();
        fixture.given(adopted())
                .when(new ChangePremiumRatesCommand(ID, LocalDate.of(2026, 10, 1), new BigDecimal("168"),
                        new BigDecimal("1.30"), new BigDecimal("0.30"), new BigDecimal("1.40"), "agreement"))
                .expectEvents(new PayPolicyVersionAdoptedEvent(ID, "Sample", 2, LocalDate.of(2026, 10, 1),
                        new PayPolicyRules(r.currency(), new BigDecimal("168"), new BigDecimal("1.30"),
                                new BigDecimal("0.30"), new BigDecimal("1.40"), r.incomeTaxBrackets(),
                                r.socialEmployeeRate(), r.socialEmployerRate(), r.socialMonthlyCeiling()),
                        "PREMIUM_RATES", "agreement"));
        fixture.given(adopted())
                .when(new ChangePremiumRatesCommand(ID, LocalDate.of(2026, 10, 1), new BigDecimal("168"),
                        new BigDecimal("0.9"), BigDecimal.ZERO, BigDecimal.ONE, "below one"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void refusesBracketsThatDoNotStartAtZeroOrAreOutOfOrderAndRatesAboveOne() {
        fixture.given(adopted())
                .when(new ChangeIncomeTaxBracketsCommand(ID, START, List.of(new TaxBracket(BigDecimal.ONE,
                        new BigDecimal("0.05"))), "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(adopted())
                .when(new ChangeIncomeTaxBracketsCommand(ID, START, List.of(new TaxBracket(BigDecimal.ZERO,
                        new BigDecimal("0.05")), new TaxBracket(BigDecimal.ZERO, new BigDecimal("0.1"))), "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(adopted())
                .when(new ChangeSocialContributionsCommand(ID, START, new BigDecimal("1.5"), BigDecimal.ZERO,
                        Money.of("1", "JPY"), "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(adopted())
                .when(new ChangeSocialContributionsCommand(ID, START, BigDecimal.ZERO, BigDecimal.ZERO,
                        Money.of("1.00", "EUR"), "x"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void aNewVersionCannotTakeEffectBeforeTheLatest() {
        fixture.given(adopted())
                .when(new ChangeSocialContributionsCommand(ID, START.minusDays(1), BigDecimal.ZERO, BigDecimal.ZERO,
                        Money.of("1", "JPY"), "backdated"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
