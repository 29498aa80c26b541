package dev.urakata.command.inventory;

import dev.urakata.shared.purchasing.PurchaseOrderId;

/** Where the reorder saga gets the ids of the purchase orders it proposes; replaceable in tests. */
public interface ProposalIds {

    /** A new purchase order id. */
    PurchaseOrderId next();
}
