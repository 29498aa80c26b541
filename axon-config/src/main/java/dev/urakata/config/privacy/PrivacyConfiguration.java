package dev.urakata.config.privacy;

import com.mongodb.client.MongoClient;
import dev.urakata.config.UrakataProperties;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

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

    /** One key per data subject, in the shared MongoDB database. */
    @Bean
    public SubjectKeyStore subjectKeyStore(MongoClient client, UrakataProperties properties) {
        return new SubjectKeyStore(client.getDatabase(properties.mongo().database())
                .getCollection(SubjectKeyStore.COLLECTION), properties.privacy().keyCacheTtl(), Clock.systemUTC());
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
