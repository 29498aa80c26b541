package dev.urakata.query.legal;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.legal.ContractDocument.Step;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.finance.CreditNoteIssuedEvent;
import dev.urakata.shared.finance.CustomerCreditAppliedEvent;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractDetails;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractExpiryReminderIssuedEvent;
import dev.urakata.shared.legal.ContractHistoryEntry;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractPage;
import dev.urakata.shared.legal.ContractRenewedEvent;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.legal.ContractSummary;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.FindContractQuery;
import dev.urakata.shared.legal.ListContractsQuery;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contracts: one document per contract with its terms, status and history. Events of one contract arrive in order;
 * each document remembers the sequence number of the last event applied and ignores one it has seen, so a
 * redelivered event neither adds a history line twice nor moves the status back.
 *
 * <p>A customer contract's billed, paid and outstanding follow the invoices that name it: each such invoice has a
 * document in {@code legal_contract_invoices} (idempotent by the customer account's sequence), and the contract's
 * totals are summed again from them after every change, so they never drift. Invoice events come from other
 * aggregates and may be handled before the contract's draft on another segment: the draft sums what is there.
 */
@Component
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
public class ContractProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "legal-contracts";
    public static final String COLLECTION = "legal_contracts";
    /** The invoices that bill a contract. */
    public static final String INVOICES = "legal_contract_invoices";
    /** Sorts open-ended contracts after every dated one. */
    private static final LocalDate OPEN_ENDED = LocalDate.of(9999, 12, 31);

    public ContractProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION, INVOICES);
        index(INVOICES, "contractId");
    }

    @EventHandler
    void on(ContractDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        if (DocumentIds.exists(mongo, COLLECTION, event.contractId().value())) {
            return;
        }
        LocalDate end = event.endDate();
        ContractBilling billing = event.billing();
        Money zero = billing == null ? null : Money.of("0", billing.value().currency());
        String terms = billing == null ? "" : "; " + billing.value() + " " + (billing.plan() == BillingPlan.ONE_OFF
                ? "one-off" : "over " + billing.months() + " months");
        mongo.insert(new ContractDocument(event.contractId().value(), event.kind(), event.counterpartyId(),
                event.title(), event.startDate(), end, end == null ? OPEN_ENDED : end, ContractStatus.DRAFT, sequence,
                List.of(new Step(at, "ContractDraftedEvent", user, "Drafted: " + event.title() + ", "
                        + event.startDate() + " to " + (end == null ? "open-ended" : end) + terms)), null, null,
                billing == null ? null : billing.value(), billing == null ? null : billing.plan(),
                billing == null ? null : billing.months(), billing == null ? null : billing.taxCode(), zero, zero,
                zero), COLLECTION);
        if (billing != null) {
            refreshTotals(event.contractId().value());
        }
    }

    /** An invoice naming a contract starts to count for it. */
    @EventHandler
    void on(InvoiceDraftedEvent event, @SequenceNumber long sequence) {
        if (event.contractId() == null) {
            return;
        }
        if (!DocumentIds.exists(mongo, INVOICES, event.invoiceId().value())) {
            mongo.insert(new ContractInvoiceDocument(event.invoiceId().value(), event.contractId().value(),
                    event.customerId().value(), null, null, null, sequence), INVOICES);
            refreshTotals(event.contractId().value());
        }
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @SequenceNumber long sequence) {
        invoiceChanged(event.invoiceId(), sequence, link -> new Update().set("gross", event.gross())
                .set("paid", Money.of("0", event.gross().currency())).set("outstanding", event.gross()));
    }

    @EventHandler
    void on(PaymentAllocatedEvent event, @SequenceNumber long sequence) {
        invoiceChanged(event.invoiceId(), sequence, link -> new Update().set("paid", link.paid().plus(event.amount()))
                .set("outstanding", event.outstandingAfter()));
    }

    @EventHandler
    void on(CustomerCreditAppliedEvent event, @SequenceNumber long sequence) {
        invoiceChanged(event.invoiceId(), sequence, link -> new Update().set("paid", link.paid().plus(event.amount()))
                .set("outstanding", event.outstandingAfter()));
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @SequenceNumber long sequence) {
        invoiceChanged(event.invoiceId(), sequence, link -> new Update().set("outstanding", event.outstandingAfter()));
    }

    @EventHandler
    void on(ContractSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.SIGNED)
                .set("signedOn", event.signedOn()), at, event, user, "Signed on " + event.signedOn());
    }

    @EventHandler
    void on(ContractActivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.ACTIVE), at, event, user,
                "In force from " + event.activeFrom());
    }

    @EventHandler
    void on(ContractRenewedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        ContractDocument doc = mongo.findById(event.contractId().value(), ContractDocument.class, COLLECTION);
        boolean active = doc != null && doc.status() != ContractStatus.SIGNED;
        Update update = new Update().set("endDate", event.newEndDate()).set("endSort", event.newEndDate());
        if (active) {
            update.set("status", ContractStatus.RENEWED);
        }
        step(event.contractId(), sequence, update, at, event, user,
                "Renewed: end date " + event.previousEndDate() + " moved to " + event.newEndDate());
    }

    @EventHandler
    void on(ContractTerminatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.TERMINATED)
                        .set("terminatedOn", event.terminatedOn()), at, event, user,
                "Terminated, last day " + event.terminatedOn() + ": " + event.reason());
    }

    @EventHandler
    void on(ContractExpiryReminderIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update(), at, event, user,
                "Expires on " + event.endDate() + " (reminder " + event.daysBefore() + " days before)");
    }

    @EventHandler
    void on(ContractExpiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.USER) String user) {
        step(event.contractId(), sequence, new Update().set("status", ContractStatus.EXPIRED), at, event,
                user, "Expired after " + event.endDate());
    }

    @QueryHandler
    ContractPage handle(ListContractsQuery query) {
        Criteria criteria = new Filters().equal("status", query.status()).equal("kind", query.kind())
                .equal("counterpartyId", query.counterpartyId()).criteria();
        if (query.expiringOn() != null) {
            if (query.status() == null) {
                criteria.and("status").in(ContractStatus.SIGNED.name(), ContractStatus.ACTIVE.name(),
                        ContractStatus.RENEWED.name());
            }
            criteria.and("endDate").gte(query.expiringOn().toString())
                    .lte(query.expiringOn().plusDays(query.withinDays()).toString());
        }
        Query select = Query.query(criteria);
        long total = mongo.count(select, COLLECTION);
        select.with(Sort.by(Sort.Order.asc("endSort"), Sort.Order.asc("_id")))
                .skip((long) query.page() * query.size()).limit(query.size());
        List<ContractSummary> items = mongo.find(select, ContractDocument.class, COLLECTION).stream()
                .map(ContractProjection::summary).toList();
        return new ContractPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<ContractDetails> handle(FindContractQuery query) {
        return Optional.ofNullable(mongo.findById(query.contractId().value(), ContractDocument.class, COLLECTION))
                .map(doc -> new ContractDetails(summary(doc), doc.history().stream()
                        .map(line -> new ContractHistoryEntry(line.recordedAt(), line.event(), line.user(),
                                line.detail())).toList()));
    }

    private static ContractSummary summary(ContractDocument doc) {
        ContractBilling billing = doc.value() == null ? null
                : new ContractBilling(doc.value(), doc.billingPlan(), doc.billingMonths(), doc.taxCode());
        return new ContractSummary(new ContractId(doc.id()), doc.kind(), doc.counterpartyId(), doc.title(),
                doc.startDate(), doc.endDate(), doc.status(), doc.signedOn(), doc.terminatedOn(), billing,
                doc.billed(), doc.paid(), doc.outstanding());
    }

    /**
     * Applies a change to an invoice that bills a contract, once (an invoice of no contract has no document), then
     * sums the contract's totals again.
     */
    private void invoiceChanged(InvoiceId invoiceId, long sequence,
                                java.util.function.Function<ContractInvoiceDocument, Update> change) {
        ContractInvoiceDocument link = mongo.findById(invoiceId.value(), ContractInvoiceDocument.class, INVOICES);
        if (link == null || link.lastSequence() >= sequence) {
            return;
        }
        applyOnce(INVOICES, invoiceId, sequence, change.apply(link));
        refreshTotals(link.contractId());
    }

    /** The contract's billed, paid and outstanding: the sums over its issued invoices. Nothing before its draft. */
    private void refreshTotals(String contractId) {
        ContractDocument contract = mongo.findById(contractId, ContractDocument.class, COLLECTION);
        if (contract == null || contract.value() == null) {
            return;
        }
        Money billed = Money.of("0", contract.value().currency());
        Money paid = billed;
        Money outstanding = billed;
        for (ContractInvoiceDocument invoice : mongo.find(Query.query(Criteria.where("contractId").is(contractId)),
                ContractInvoiceDocument.class, INVOICES)) {
            if (invoice.gross() != null && invoice.gross().sameCurrencyAs(billed)) {
                billed = billed.plus(invoice.gross());
                paid = paid.plus(invoice.paid());
                outstanding = outstanding.plus(invoice.outstanding());
            }
        }
        mongo.updateFirst(byId(contractId), new Update().set("billed", billed).set("paid", paid)
                .set("outstanding", outstanding), COLLECTION);
    }

    /** Applies {@code update} and a history line unless the contract has already seen this event. */
    private void step(ContractId contractId, long sequence, Update update, Instant at, Object event, String user,
                      String detail) {
        applyOnce(COLLECTION, contractId, sequence,
                update.push("history", new Step(at, event.getClass().getSimpleName(), user, detail)));
    }
}
