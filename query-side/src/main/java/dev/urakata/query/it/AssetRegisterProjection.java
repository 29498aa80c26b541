package dev.urakata.query.it;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetPage;
import dev.urakata.shared.it.AssetRegisteredEvent;
import dev.urakata.shared.it.AssetRetiredEvent;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetStatus;
import dev.urakata.shared.it.AssetSummary;
import dev.urakata.shared.it.AssetsHeldQuery;
import dev.urakata.shared.it.ListAssetsQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The IT asset register: one document per asset with its status and current holder. It also tells the offboarding
 * process which assets an employee still holds ({@link AssetsHeldQuery}). Idempotent: the registration is inserted once
 * and every later event sets the fields it decides, so a redelivered one writes the same values again.
 */
@Component
@ProcessingGroup(AssetRegisterProjection.PROCESSING_GROUP)
public class AssetRegisterProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "it-asset-register";
    public static final String COLLECTION = "it_assets";

    public AssetRegisterProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
        index(COLLECTION, "holder");
    }

    @EventHandler
    void on(AssetRegisteredEvent event) {
        if (!DocumentIds.exists(mongo, COLLECTION, event.assetId().value())) {
            mongo.insert(new AssetDocument(event.assetId().value(), event.assetType(), event.serialNumber(),
                    event.model(), AssetStatus.AVAILABLE, null, null), COLLECTION);
        }
    }

    @EventHandler
    void on(AssetAssignedEvent event) {
        mongo.updateFirst(byId(event.assetId()), new Update()
                .set("status", AssetStatus.ASSIGNED)
                .set("holder", event.employeeId().value())
                .set("assignedOn", event.assignedOn()), COLLECTION);
    }

    @EventHandler
    void on(AssetReturnedEvent event) {
        mongo.updateFirst(byId(event.assetId()), new Update()
                .set("status", AssetStatus.AVAILABLE)
                .unset("holder")
                .unset("assignedOn"), COLLECTION);
    }

    @EventHandler
    void on(AssetRetiredEvent event) {
        mongo.updateFirst(byId(event.assetId()), Update.update("status", AssetStatus.RETIRED), COLLECTION);
    }

    @QueryHandler
    AssetPage handle(ListAssetsQuery query) {
        Criteria criteria = new Filters().equal("holder", query.holder()).equal("status", query.status())
                .equal("assetType", query.type()).criteria();
        MongoPages.Slice<AssetSummary> slice = MongoPages.read(mongo, COLLECTION, AssetDocument.class,
                Query.query(criteria), Sort.by("assetType", "serialNumber", "_id"), query.page(), query.size(),
                AssetRegisterProjection::summary);
        return new AssetPage(slice.items(), query.page(), query.size(), slice.total());
    }

    @QueryHandler
    List<AssetId> handle(AssetsHeldQuery query) {
        Query held = Query.query(Criteria.where("holder").is(query.employeeId().value())
                .and("status").is(AssetStatus.ASSIGNED.name())).with(Sort.by("_id"));
        return mongo.find(held, AssetDocument.class, COLLECTION).stream().map(doc -> new AssetId(doc.id())).toList();
    }

    private static AssetSummary summary(AssetDocument doc) {
        return new AssetSummary(new AssetId(doc.id()), doc.assetType(), doc.serialNumber(), doc.model(), doc.status(),
                doc.holder() == null ? null : new EmployeeId(doc.holder()), doc.assignedOn());
    }

}
