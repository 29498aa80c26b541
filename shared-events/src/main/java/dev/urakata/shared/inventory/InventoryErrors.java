package dev.urakata.shared.inventory;

import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.Refusal;

/**
 * The error codes of Inventory: stock items, warehouses, reservations and transfers.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum InventoryErrors implements ErrorCode {
    /** Another stock item already has this SKU. */
    DUPLICATE_SKU(Refusal.CONFLICT),
    /** Another warehouse already has this code. */
    DUPLICATE_WAREHOUSE_CODE(Refusal.CONFLICT),
    /** The warehouse named does not exist. */
    UNKNOWN_WAREHOUSE(Refusal.RULE_VIOLATED),
    /** The stock item named does not exist (the id is unknown or names something other than a stock item). */
    UNKNOWN_STOCK_ITEM(Refusal.RULE_VIOLATED),
    /** Not enough available stock for an issue, reservation or transfer. */
    INSUFFICIENT_STOCK(Refusal.RULE_VIOLATED),
    /** The reservation named does not exist (or was already released or picked). */
    UNKNOWN_RESERVATION(Refusal.RULE_VIOLATED),
    /** The transfer named does not exist or was already received. */
    UNKNOWN_TRANSFER(Refusal.RULE_VIOLATED),
    /** A count below the reserved quantity: release or pick reservations first. */
    COUNT_BELOW_RESERVED(Refusal.RULE_VIOLATED);

    private final Refusal refusal;

    InventoryErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
