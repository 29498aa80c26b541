package dev.urakata.shared.compliance;

/**
 * Ask for the compliance policies by code, answered with a {@link PolicyPage}.
 *
 * @param page page number from 0
 * @param size page size
 */
public record ListPoliciesQuery(int page, int size) {
}
