package dev.urakata.query.purchasing;

import dev.urakata.config.processing.MongoProjection;
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
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The supplier list, by name, and its query handler. Idempotent: a supplier's document is created by its
 * registration only ({@code setOnInsert}), so a redelivered event changes nothing.
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
        mongo.upsert(byId(event.supplierId()), new Update()
                .setOnInsert("name", event.name())
                .setOnInsert("contactEmail", event.contactEmail())
                .setOnInsert("currency", event.currency())
                .setOnInsert(LAST_SEQUENCE, sequence), COLLECTION);
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
        Query find = new Query();
        long total = mongo.count(find, COLLECTION);
        find.with(Sort.by("name", "_id")).skip((long) query.page() * query.size()).limit(query.size());
        List<SupplierSummary> items = mongo.find(find, Document.class, COLLECTION).stream()
                .map(doc -> new SupplierSummary(new SupplierId(doc.getString("_id")), doc.getString("name"),
                        doc.getString("contactEmail"), doc.getString("currency")))
                .toList();
        return new SupplierPage(items, query.page(), query.size(), total);
    }
}
