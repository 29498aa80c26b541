package dev.urakata.query.readmodel;

import dev.urakata.config.testing.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A document is found by its {@code _id} alone, in its own collection only, whatever else it holds. */
class DocumentIdsTest {

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void findsADocumentByItsIdInItsOwnCollectionOnly() {
        mongo.template().save(new Document("_id", "entry-1:0").append("account", "1100"), "lines");
        mongo.template().save(new Document("_id", 42L).append("n", 1), "numbers");

        assertThat(DocumentIds.exists(mongo.template(), "lines", "entry-1:0")).isTrue();
        assertThat(DocumentIds.exists(mongo.template(), "lines", "entry-1:1")).isFalse();
        assertThat(DocumentIds.exists(mongo.template(), "lines", "1100")).isFalse(); // a value, not an id
        assertThat(DocumentIds.exists(mongo.template(), "other", "entry-1:0")).isFalse();
        assertThat(DocumentIds.exists(mongo.template(), "numbers", 42L)).isTrue();
        assertThat(DocumentIds.exists(mongo.template(), "never-created", "x")).isFalse();
    }
}
