package dev.urakata.shared.hr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End a sign-in's binding to an employee (ADMIN only).
 *
 * @param signInId the binding's id
 */
public record UnbindSignInCommand(@TargetAggregateIdentifier SignInId signInId) {
}
