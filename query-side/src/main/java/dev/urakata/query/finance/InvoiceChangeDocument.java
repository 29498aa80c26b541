package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Instant;

/**
 * A document of {@code finance_invoice_history}: one change of one invoice, with the invoice as it stood after it,
 * keyed invoice id {@code :} sequence.
 */
public record InvoiceChangeDocument(
        @Id String id,
        @Meaning("the invoice") String invoiceId,
        @Meaning("orders the changes of the invoice: the position of the change's event within its aggregate")
        long sequence,
        @Meaning("the id of the event that made the change") String eventId,
        @Meaning("when the change was recorded") Instant recordedAt,
        @Unwrapped.Empty InvoiceState state) implements StateHistoryProjection.Change<InvoiceState> {

    @Override
    public String objectId() {
        return invoiceId;
    }
}
