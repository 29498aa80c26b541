package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.LabourRuleBook;

/** The labour rules the schedule checks an assignment against: those in force at the moment of the check. */
public interface LabourRulesInForce {

    /** The rules in force now. */
    LabourRuleBook current();
}
