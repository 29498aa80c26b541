package dev.urakata.shared.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The labour rule book bitemporally. A rule change takes effect when it is recorded (the rule events carry no
 * effective date), so "in force on a day" is every change recorded by the end of that day (UTC), and with
 * {@code asOf} as well, by the earlier of the two.
 *
 * @param effectiveOn the day asked about ({@code null}: not asked)
 * @param asOf        the instant the knowledge is from ({@code null}: now)
 * @param rules       the rules in force; a rule never set is absent
 * @param changes     every rule change counted, oldest first
 */
public record LabourRulesOnDay(LocalDate effectiveOn, Instant asOf, LabourRuleBook rules, List<Change> changes) {

    public LabourRulesOnDay {
        changes = List.copyOf(changes);
    }

    /**
     * One change of one rule.
     *
     * @param rule       the rule
     * @param version    its new version
     * @param recordedAt when it was recorded, and so took effect
     * @param recordedBy who changed it
     */
    public record Change(LabourRule rule, int version, Instant recordedAt, String recordedBy) {
    }
}
