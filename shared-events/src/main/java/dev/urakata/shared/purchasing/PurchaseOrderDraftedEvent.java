package dev.urakata.shared.purchasing;

import dev.urakata.shared.SupplierId;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A purchase order was drafted. The first event of every purchase order.
 *
 * @param purchaseOrderId the order
 * @param supplierId      the supplier
 * @param lines           the ordered lines, at least one, in one currency
 * @param origin          drafted by a person or proposed by the reorder saga
 * @param draftedBy       the user who drafted it, as recorded for the four-eyes rule; {@code null} if unknown
 * @param department      the department the goods are for; {@code null} when none was named (and in events
 *                        recorded before orders had one), in which case no budget actual is recorded
 */
@Revision("1")
public record PurchaseOrderDraftedEvent(
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        List<PurchaseOrderLine> lines,
        PurchaseOrderOrigin origin,
        String draftedBy,
        String department) {

    public PurchaseOrderDraftedEvent {
        lines = List.copyOf(lines);
    }

    /** An order for no particular department. */
    public PurchaseOrderDraftedEvent(PurchaseOrderId purchaseOrderId, SupplierId supplierId,
                                     List<PurchaseOrderLine> lines, PurchaseOrderOrigin origin, String draftedBy) {
        this(purchaseOrderId, supplierId, lines, origin, draftedBy, null);
    }
}
