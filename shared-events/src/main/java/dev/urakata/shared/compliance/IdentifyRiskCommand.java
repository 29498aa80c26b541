package dev.urakata.shared.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a risk to the register.
 *
 * @param riskId   the new risk's id
 * @param title    what could go wrong
 * @param category an upper-case code such as {@code DATA_PROTECTION}
 * @param owner    who is responsible for it (a user or a role)
 */
public record IdentifyRiskCommand(@TargetAggregateIdentifier RiskId riskId, String title, String category,
                                  String owner) {
}
