package dev.urakata.shared.legal;

import java.util.List;

/**
 * A page of contracts.
 *
 * @param items the contracts on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of contracts matching
 */
public record ContractPage(List<ContractSummary> items, int page, int size, long total) {
    public ContractPage {
        items = List.copyOf(items);
    }
}
