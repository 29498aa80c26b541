package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Instant;

/**
 * A document of {@code finance_customer_history}: one change of one customer account, with the account as it stood
 * after it, keyed customer id {@code :} sequence.
 */
public record CustomerAccountChangeDocument(
        @Id String id,
        @Meaning("the customer") String customerId,
        @Meaning("orders the changes of the customer: the position of the change's event within its aggregate")
        long sequence,
        @Meaning("the id of the event that made the change") String eventId,
        @Meaning("when the change was recorded") Instant recordedAt,
        @Unwrapped.Empty CustomerAccountState state) implements StateHistoryProjection.Change<CustomerAccountState> {

    @Override
    public String objectId() {
        return customerId;
    }
}
