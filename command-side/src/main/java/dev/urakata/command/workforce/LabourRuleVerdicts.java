package dev.urakata.command.workforce;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.OvertimePolicy;
import dev.urakata.shared.workforce.RuleBreach;
import dev.urakata.shared.workforce.RuleMode;
import dev.urakata.shared.workforce.WorkforceErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * What the labour rules in force say about the breaches one assignment would cause: refuse it (a rule in
 * {@code REFUSE} mode, or overtime that needs an approval the assignment does not carry), or let it happen and
 * record the breaches the rules only flag. A pure function of the rule book and the breaches: the schedule finds
 * the breaches ({@code LabourRuleChecks}) and applies the verdict.
 */
final class LabourRuleVerdicts {

    /**
     * An assignment the rules let happen.
     *
     * @param overtimeApproved whether a manager's overtime approval was needed and used
     * @param recorded         the breaches to record as violations
     */
    record Verdict(boolean overtimeApproved, List<RuleBreach> recorded) {
    }

    private LabourRuleVerdicts() {
    }

    /** Throws the refusal of the first breach the rules refuse; otherwise the verdict. */
    static Verdict judge(LabourRuleBook rules, List<RuleBreach> breaches, boolean overtimeApproved) {
        boolean approvalUsed = false;
        List<RuleBreach> recorded = new ArrayList<>();
        for (RuleBreach breach : breaches) {
            switch (breach.rule()) {
                case WEEKLY_HOURS -> {
                    OvertimePolicy policy = rules.weeklyHours().overtimePolicy();
                    if (policy == OvertimePolicy.REFUSE) {
                        throw new DomainException(WorkforceErrors.WEEKLY_HOURS_EXCEEDED, breach.detail());
                    }
                    if (policy == OvertimePolicy.REQUIRE_APPROVAL) {
                        if (!overtimeApproved) {
                            throw new DomainException(WorkforceErrors.OVERTIME_APPROVAL_REQUIRED, breach.detail()
                                    + "; a manager must approve the overtime");
                        }
                        approvalUsed = true;
                    } else {
                        recorded.add(breach);
                    }
                }
                case MINIMUM_REST -> {
                    if (rules.minimumRest().mode() == RuleMode.REFUSE) {
                        throw new DomainException(WorkforceErrors.MINIMUM_REST_BREACHED, breach.detail());
                    }
                    recorded.add(breach);
                }
                case CONSECUTIVE_DAYS -> {
                    if (rules.consecutiveDays().mode() == RuleMode.REFUSE) {
                        throw new DomainException(WorkforceErrors.CONSECUTIVE_DAYS_EXCEEDED, breach.detail());
                    }
                    recorded.add(breach);
                }
            }
        }
        return new Verdict(approvalUsed, List.copyOf(recorded));
    }
}
