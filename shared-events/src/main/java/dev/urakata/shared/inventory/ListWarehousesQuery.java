package dev.urakata.shared.inventory;

/**
 * Ask for the warehouses, by code; answered with a {@link WarehousePage}.
 *
 * @param page page number from 0
 * @param size page size
 */
public record ListWarehousesQuery(int page, int size) {
}
