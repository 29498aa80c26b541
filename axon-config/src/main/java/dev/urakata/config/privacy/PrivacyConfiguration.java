package dev.urakata.config.privacy;

import com.mongodb.client.MongoClient;
import dev.urakata.config.UrakataProperties;
import dev.urakata.config.storage.StoreFileRewrite;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Crypto-shredding: the key store, and an event serializer that encrypts personal data with it. Declared before
 * Axon's auto-configuration so that Axon's own {@code eventSerializer} steps aside; the event store, the event
 * processors and the dead-letter queues all use this one.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class PrivacyConfiguration {

    /** The embedded event database's file, which holds the keys. */
    private static final String EVENT_FILE = "events.mv.db";

    /**
     * One key per data subject, in the database beside the events (see {@link SubjectKeyStore}); keys an earlier
     * version left in the read-model database are moved there first. In the embedded default an erasure also marks
     * the event database's file for a rewrite on the next start, which removes the destroyed key's old pages.
     */
    @Bean
    public SubjectKeyStore subjectKeyStore(DataSource dataSource, MongoClient client, UrakataProperties properties) {
        Runnable afterErasure = properties.eventStore() == UrakataProperties.EventStoreMode.EMBEDDED
                ? () -> StoreFileRewrite.requestFor(properties.createdDataDir().resolve(EVENT_FILE))
                : () -> { };
        SubjectKeyStore store = new SubjectKeyStore(dataSource, properties.privacy().keyCacheTtl(),
                Clock.systemUTC(), afterErasure);
        SubjectKeyMigration.moveInto(store, client.getDatabase(properties.mongo().database())
                .getCollection(SubjectKeyMigration.LEGACY_COLLECTION));
        return store;
    }

    /** Axon's Jackson message serializer, with personal data encrypted per data subject. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(@Qualifier("messageSerializer") Serializer messageSerializer,
                                      SubjectKeyStore subjectKeyStore) {
        if (!(messageSerializer instanceof JacksonSerializer jackson)) {
            throw new IllegalStateException("Urakata stores events as JSON: axon.serializer.messages must be "
                    + "jackson, not " + messageSerializer.getClass().getName());
        }
        return new PersonalDataEncryptingSerializer(jackson, subjectKeyStore);
    }
}
