package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For projection tests: every document a read model of the analysts' catalogue holds is stored as the catalogue
 * says (no field it does not list, none it requires missing, money and quantities as decimals).
 */
public final class CatalogueConformance {

    private CatalogueConformance() {
    }

    /** Asserts that {@code collection} holds documents and that each conforms to its catalogue entry. */
    public static void assertConforms(MongoTemplate mongo, String collection) {
        assertConforms(AnalystReadModels.READ_MODELS.stream().filter(m -> m.collection().equals(collection))
                .findFirst().orElseThrow(() -> new AssertionError(collection + " is not in the catalogue")), mongo);
    }

    /** Asserts that {@code model}'s collection holds documents and that each conforms to {@code model}. */
    public static void assertConforms(ReadModel model, MongoTemplate mongo) {
        List<Document> documents = mongo.findAll(Document.class, model.collection());
        assertThat(documents).as(model.collection()).isNotEmpty();
        for (Document document : documents) {
            assertThat(model.problems(document)).as("%s %s", model.collection(), document.get("_id")).isEmpty();
        }
    }
}
