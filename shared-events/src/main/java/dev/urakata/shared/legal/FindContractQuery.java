package dev.urakata.shared.legal;

/**
 * Ask for one contract with its history, answered with an optional {@link ContractDetails}.
 *
 * @param contractId the contract
 */
public record FindContractQuery(ContractId contractId) {
}
