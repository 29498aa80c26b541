package dev.urakata.query.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.urakata.config.UrakataProperties;
import dev.urakata.config.processing.MongoProcessingConfiguration;
import dev.urakata.shared.operations.SegmentClaim;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds which segment of a processor, read from the token store's collection: the one place that knows the
 * claims of every instance, not only this one's.
 */
@Component
class SegmentOwners {

    private static final String TOKENS = "axon_tracking_tokens";

    private final MongoCollection<Document> tokens;
    private final String instance;

    SegmentOwners(MongoClient client, UrakataProperties properties) {
        this.tokens = client.getDatabase(properties.mongo().database()).getCollection(TOKENS);
        this.instance = MongoProcessingConfiguration.instanceName(properties);
    }

    /** This instance's name, as it appears among the owners. */
    String instance() {
        return instance;
    }

    /** Every segment of {@code processor}, in segment order, with its owner. */
    List<SegmentClaim> of(String processor) {
        List<SegmentClaim> claims = new ArrayList<>();
        for (Document token : tokens.find(Filters.eq("processorName", processor))
                .projection(Projections.include("segment", "owner", "timestamp")).sort(Sorts.ascending("segment"))) {
            Object timestamp = token.get("timestamp");
            claims.add(new SegmentClaim(((Number) token.get("segment")).intValue(), token.getString("owner"),
                    timestamp instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null));
        }
        return claims;
    }
}
