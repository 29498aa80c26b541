package dev.urakata.shared.shipping;

/**
 * Where a shipment is in its life: created, reserved (or reservation failed), picking, picked, shipped,
 * delivered; or cancelled before it was shipped.
 */
public enum ShipmentStatus {
    /** Created; stock is being reserved. */
    CREATED,
    /** Stock for every line is reserved. */
    RESERVED,
    /** Stock could not be reserved for at least one line; nothing stays reserved. */
    RESERVATION_FAILED,
    /** Picking was requested; the reserved stock is being issued. */
    PICKING,
    /** The reserved stock was issued from the warehouse. */
    PICKED,
    /** Handed to the carrier. */
    SHIPPED,
    /** Arrived at the customer. */
    DELIVERED,
    /** Cancelled before it was shipped. */
    CANCELLED
}
