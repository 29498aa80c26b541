package dev.urakata.shared.finance;

/**
 * Ask for the customers, by name; answered with a {@link CustomerPage}.
 *
 * @param page page number from 0
 * @param size page size
 */
public record ListCustomersQuery(int page, int size) {
}
