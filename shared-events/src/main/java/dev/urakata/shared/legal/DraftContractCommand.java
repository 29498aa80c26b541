package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Draft a new contract. Drafting the same contract id again with the same terms is accepted and records nothing,
 * so a process that redelivers its request does no harm; different terms under an existing id are refused.
 *
 * @param contractId     the new contract's id
 * @param kind           employment, supplier or customer
 * @param counterpartyId the other party's id in its own context (employee, supplier or customer id)
 * @param title          what the contract is, for example "Employment contract E-1042"
 * @param startDate      first day the contract is in force
 * @param endDate        last day, or {@code null} for an open-ended contract
 * @param billing        for a customer contract, its value and how it is invoiced; {@code null} when the contract
 *                       is not invoiced (always for other kinds)
 */
public record DraftContractCommand(@TargetAggregateIdentifier ContractId contractId, ContractKind kind,
                                   String counterpartyId, String title, LocalDate startDate, LocalDate endDate,
                                   ContractBilling billing) {

    /** A contract that is not invoiced. */
    public DraftContractCommand(ContractId contractId, ContractKind kind, String counterpartyId, String title,
                                LocalDate startDate, LocalDate endDate) {
        this(contractId, kind, counterpartyId, title, startDate, endDate, null);
    }

    /** The id of the employment contract that onboarding drafts for {@code employeeId}. */
    public static ContractId employmentContractOf(String employeeId) {
        return new ContractId("employment-" + employeeId);
    }
}
