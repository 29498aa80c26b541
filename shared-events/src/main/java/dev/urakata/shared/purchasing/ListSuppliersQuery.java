package dev.urakata.shared.purchasing;

/**
 * Ask for a page of suppliers, by name; answered with a {@link SupplierPage}.
 *
 * @param page page number from 0
 * @param size page size
 */
public record ListSuppliersQuery(int page, int size) {
}
