package dev.urakata.shared.legal;

import java.util.List;

/**
 * One contract and everything that happened to it, oldest first.
 *
 * @param contract the contract now
 * @param history  its steps
 */
public record ContractDetails(ContractSummary contract, List<ContractHistoryEntry> history) {
    public ContractDetails {
        history = List.copyOf(history);
    }
}
