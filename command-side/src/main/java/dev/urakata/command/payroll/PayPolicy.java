package dev.urakata.command.payroll;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.AdoptPayPolicyCommand;
import dev.urakata.shared.payroll.ChangeIncomeTaxBracketsCommand;
import dev.urakata.shared.payroll.ChangePremiumRatesCommand;
import dev.urakata.shared.payroll.ChangeSocialContributionsCommand;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyRules;
import dev.urakata.shared.payroll.PayPolicyVersionAdoptedEvent;
import dev.urakata.shared.payroll.TaxBracket;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A pay policy: the numbers payroll calculates with, versioned by effective date. Every change is a new version
 * carrying the complete rules, so any payslip line can name the version it used and the event that made it.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class PayPolicy {

    @AggregateIdentifier
    private PayPolicyId policyId;
    private String name;
    private int version;
    private LocalDate latestEffectiveFrom;
    private PayPolicyRules rules;

    PayPolicy() {
        // for Axon
    }

    @CommandHandler
    PayPolicy(AdoptPayPolicyCommand command) {
        require(command.policyId() != null && command.name() != null && !command.name().isBlank(),
                "policyId and name are required");
        require(command.effectiveFrom() != null, "effectiveFrom is required");
        validate(command.rules());
        apply(new PayPolicyVersionAdoptedEvent(command.policyId(), command.name().trim(), 1, command.effectiveFrom(),
                command.rules(), "ADOPTED", null));
    }

    @CommandHandler
    void handle(ChangeIncomeTaxBracketsCommand command) {
        PayPolicyRules changed = new PayPolicyRules(rules.currency(), rules.standardMonthlyHours(),
                rules.overtimeMultiplier(), rules.nightPremiumRate(), rules.holidayMultiplier(), command.brackets(),
                rules.socialEmployeeRate(), rules.socialEmployerRate(), rules.socialMonthlyCeiling());
        adoptVersion(command.effectiveFrom(), changed, "INCOME_TAX_BRACKETS", command.reason());
    }

    @CommandHandler
    void handle(ChangeSocialContributionsCommand command) {
        PayPolicyRules changed = new PayPolicyRules(rules.currency(), rules.standardMonthlyHours(),
                rules.overtimeMultiplier(), rules.nightPremiumRate(), rules.holidayMultiplier(),
                rules.incomeTaxBrackets(), command.employeeRate(), command.employerRate(), command.monthlyCeiling());
        adoptVersion(command.effectiveFrom(), changed, "SOCIAL_CONTRIBUTIONS", command.reason());
    }

    @CommandHandler
    void handle(ChangePremiumRatesCommand command) {
        PayPolicyRules changed = new PayPolicyRules(rules.currency(), command.standardMonthlyHours(),
                command.overtimeMultiplier(), command.nightPremiumRate(), command.holidayMultiplier(),
                rules.incomeTaxBrackets(), rules.socialEmployeeRate(), rules.socialEmployerRate(),
                rules.socialMonthlyCeiling());
        adoptVersion(command.effectiveFrom(), changed, "PREMIUM_RATES", command.reason());
    }

    private void adoptVersion(LocalDate effectiveFrom, PayPolicyRules changed, String change, String reason) {
        require(effectiveFrom != null, "effectiveFrom is required");
        require(!effectiveFrom.isBefore(latestEffectiveFrom),
                "a new version cannot take effect before the latest one (" + latestEffectiveFrom + ")");
        validate(changed);
        apply(new PayPolicyVersionAdoptedEvent(policyId, name, version + 1, effectiveFrom, changed, change, reason));
    }

    @EventSourcingHandler
    void on(PayPolicyVersionAdoptedEvent event) {
        policyId = event.policyId();
        name = event.name();
        version = event.version();
        latestEffectiveFrom = event.effectiveFrom();
        rules = event.rules();
    }

    /** Refuses rules a calculation could not use. */
    static void validate(PayPolicyRules rules) {
        require(rules != null, "rules are required");
        try {
            Money.of("0", rules.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "rules.currency must be an ISO 4217 code");
        }
        require(positive(rules.standardMonthlyHours()), "standardMonthlyHours must be positive");
        require(atLeast(rules.overtimeMultiplier(), BigDecimal.ONE), "overtimeMultiplier must be at least 1");
        require(atLeast(rules.holidayMultiplier(), BigDecimal.ONE), "holidayMultiplier must be at least 1");
        require(fraction(rules.nightPremiumRate()), "nightPremiumRate must be between 0 and 1");
        require(fraction(rules.socialEmployeeRate()) && fraction(rules.socialEmployerRate()),
                "social contribution rates must be between 0 and 1");
        require(rules.socialMonthlyCeiling() != null && rules.socialMonthlyCeiling().isPositive()
                && rules.socialMonthlyCeiling().currency().equals(rules.currency()),
                "socialMonthlyCeiling must be a positive amount in the policy's currency");
        List<TaxBracket> brackets = rules.incomeTaxBrackets();
        require(brackets != null && !brackets.isEmpty(), "at least one income tax bracket is required");
        require(brackets.get(0).from() != null && brackets.get(0).from().signum() == 0,
                "the first income tax bracket starts at 0");
        for (int i = 0; i < brackets.size(); i++) {
            TaxBracket bracket = brackets.get(i);
            require(bracket.from() != null && fraction(bracket.rate()), "every bracket needs a start and a rate "
                    + "between 0 and 1");
            require(i == 0 || bracket.from().compareTo(brackets.get(i - 1).from()) > 0,
                    "brackets must be in ascending order of their start");
        }
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static boolean atLeast(BigDecimal value, BigDecimal minimum) {
        return value != null && value.compareTo(minimum) >= 0;
    }

    private static boolean fraction(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
