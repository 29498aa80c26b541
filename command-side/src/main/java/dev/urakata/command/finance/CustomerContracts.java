package dev.urakata.command.finance;

import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractKind;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a contract is a customer contract with a given customer, read from the first event of the contract's own
 * stream (its draft, which fixes kind and counterparty for good) when an invoice drafted by hand names it. The event
 * store, not the legal read model, because the read store is disposable and may lag; from sequence 0, because a
 * snapshot would hide the draft.
 */
@Component
class CustomerContracts {

    private final ObjectProvider<EventStore> eventStore;

    CustomerContracts(ObjectProvider<EventStore> eventStore) {
        // looked up when first used: the event store is built after the beans the aggregates need
        this.eventStore = eventStore;
    }

    /** Whether {@code contractId} names a CUSTOMER contract whose counterparty is {@code customerId}. */
    boolean bills(String contractId, String customerId) {
        return eventStore.getObject().readEvents(contractId, 0).asStream().findFirst()
                .map(EventMessage::getPayload)
                .filter(ContractDraftedEvent.class::isInstance)
                .map(ContractDraftedEvent.class::cast)
                .filter(draft -> draft.kind() == ContractKind.CUSTOMER && draft.counterpartyId().equals(customerId))
                .isPresent();
    }
}
