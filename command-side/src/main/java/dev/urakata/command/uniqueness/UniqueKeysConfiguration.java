package dev.urakata.command.uniqueness;

import dev.urakata.config.UrakataProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;

/** The unique-key claims in the database beside the events, with the claims an earlier version kept in MongoDB. */
@Configuration
class UniqueKeysConfiguration {

    /** Where earlier versions kept the claims, and an index of them by owner: in the disposable read store. */
    static final String LEGACY_CLAIMS = "command_unique_keys";
    static final String LEGACY_OWNERS = "command_unique_key_owners";
    private static final Logger log = LoggerFactory.getLogger(UniqueKeysConfiguration.class);

    @Bean
    UniqueKeys uniqueKeys(DataSource dataSource, ObjectProvider<EventStore> eventStore, MongoTemplate mongo,
                          UrakataProperties properties) {
        UniqueKeys keys = new UniqueKeys(dataSource,
                owner -> eventStore.getObject().readEvents(owner).hasNext(),
                properties.uniqueness().claimGrace(), Clock.systemUTC());
        moveLegacyClaims(keys, mongo);
        return keys;
    }

    /** Which kind of aggregate an id names, from the event store and the shifts' claimed ids. */
    @Bean
    AggregateKinds aggregateKinds(ObjectProvider<EventStore> eventStore, UniqueKeys uniqueKeys) {
        // looked up when first used: the event store is built after the beans the aggregates need
        return new AggregateKinds(id -> AggregateKinds.recordedType(eventStore.getObject(), id),
                id -> uniqueKeys.isClaimed(AggregateKinds.SHIFT_ID_SCOPE, id));
    }

    /**
     * Moves the claims an earlier version kept in MongoDB, then drops them there. Idempotent, so instances starting
     * together, or a start interrupted half-way, do no harm.
     */
    static void moveLegacyClaims(UniqueKeys keys, MongoTemplate mongo) {
        if (!mongo.collectionExists(LEGACY_CLAIMS)) {
            return;
        }
        int moved = 0;
        for (Document claim : mongo.findAll(Document.class, LEGACY_CLAIMS)) {
            String scope = claim.getString("scope");
            keys.adopt(scope, claim.getString("_id").substring(scope.length() + 1), claim.getString("owner"),
                    Instant.now());
            moved++;
        }
        mongo.dropCollection(LEGACY_CLAIMS);
        mongo.dropCollection(LEGACY_OWNERS);
        log.info("Moved {} unique-key claims from the read-model database into table {}", moved, UniqueKeys.TABLE);
    }
}
