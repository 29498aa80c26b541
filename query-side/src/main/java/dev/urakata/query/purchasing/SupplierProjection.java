package dev.urakata.query.purchasing;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.purchasing.ListSuppliersQuery;
import dev.urakata.shared.purchasing.SupplierPage;
import dev.urakata.shared.purchasing.SupplierRegisteredEvent;
import dev.urakata.shared.purchasing.SupplierSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The supplier list, by name, and its query handler. Idempotent: a supplier's document is created by its
 * registration only when it does not exist yet, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(SupplierProjection.PROCESSING_GROUP)
public class SupplierProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "suppliers";
    public static final String COLLECTION = "purchasing_suppliers";

    public SupplierProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "name");
    }

    @EventHandler
    void on(SupplierRegisteredEvent event, @SequenceNumber long sequence) {
        String id = event.supplierId().value();
        if (!DocumentIds.exists(mongo, COLLECTION, id)) {
            mongo.insert(new SupplierDocument(id, event.name(), event.contactEmail(), event.currency(), sequence),
                    COLLECTION);
        }
    }

    /** An erased supplier contact: the supplier stays listed, its contact address reads as erased. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        mongo.updateFirst(byId(event.subjectId()),
                Update.update("contactEmail", PersonalDataFields.ERASED), COLLECTION);
    }

    /** A rebuild starts from an empty list. */
    @QueryHandler
    SupplierPage handle(ListSuppliersQuery query) {
        MongoPages.Slice<SupplierSummary> slice = MongoPages.read(mongo, COLLECTION, SupplierDocument.class,
                new Query(), Sort.by("name", "_id"), query.page(), query.size(), supplier -> new SupplierSummary(
                        new SupplierId(supplier.id()), supplier.name(), supplier.contactEmail(), supplier.currency()));
        return new SupplierPage(slice.items(), query.page(), query.size(), slice.total());
    }
}
