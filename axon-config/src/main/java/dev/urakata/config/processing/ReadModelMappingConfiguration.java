package dev.urakata.config.processing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * The application's {@code MongoTemplate} maps records by {@link ReadModelMapping}: declared before Spring Boot's
 * MongoDB data configuration, whose own conversions and converter then stand aside.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
public class ReadModelMappingConfiguration {

    @Bean
    public MongoCustomConversions mongoCustomConversions() {
        return ReadModelMapping.conversions();
    }

    @Bean
    public MappingMongoConverter mappingMongoConverter(MongoDatabaseFactory factory,
                                                       MongoCustomConversions conversions) {
        return ReadModelMapping.converter(factory, conversions);
    }
}
