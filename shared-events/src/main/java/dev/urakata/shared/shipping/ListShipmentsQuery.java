package dev.urakata.shared.shipping;

/**
 * Ask for a page of shipments, newest first; answered with a {@link ShipmentPage}.
 *
 * @param status only shipments in this status; {@code null} means any
 * @param page   page number from 0
 * @param size   page size
 */
public record ListShipmentsQuery(ShipmentStatus status, int page, int size) {
}
