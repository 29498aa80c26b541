package dev.urakata.command.inventory;

import dev.urakata.shared.purchasing.PurchaseOrderId;
import org.springframework.stereotype.Component;

/** Random purchase order ids for proposals. */
@Component
class RandomProposalIds implements ProposalIds {

    @Override
    public PurchaseOrderId next() {
        return PurchaseOrderId.newId();
    }
}
