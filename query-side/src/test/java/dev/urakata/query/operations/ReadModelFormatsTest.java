package dev.urakata.query.operations;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.query.inventory.StockLevelProjection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelFormatsTest {

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    void storeOfAnOlderRelease(MongoTemplate template) {
        template.save(new Document("_id", "item@warehouse").append("onHand", "12"), StockLevelProjection.LEVELS);
        template.save(new Document("processorName", "stock-levels").append("segment", 0), ReadModelFormats.TOKENS);
        template.save(new Document("processorName", "suppliers").append("segment", 0), ReadModelFormats.TOKENS);
    }

    @Test
    void aReadModelInAnOlderFormatIsEmptiedAndReplayedOnceTheOthersAreLeftAlone() {
        MongoTemplate template = mongo.template();
        storeOfAnOlderRelease(template);
        StockLevelProjection levels = new StockLevelProjection(template);

        new ReadModelFormats(template, List.of(levels), Map.of("stock-levels", 2));

        assertThat(template.findAll(Document.class, StockLevelProjection.LEVELS)).isEmpty();
        assertThat(template.findAll(Document.class, ReadModelFormats.TOKENS))
                .extracting(token -> token.getString("processorName")).containsExactly("suppliers");
        assertThat(template.findById("stock-levels", Document.class, ReadModelFormats.COLLECTION).getInteger("format"))
                .isEqualTo(2);

        // Replayed in the new form since: the next start changes nothing.
        template.save(new Document("_id", "item@warehouse").append("onHand", 12), StockLevelProjection.LEVELS);
        template.save(new Document("processorName", "stock-levels").append("segment", 0), ReadModelFormats.TOKENS);
        new ReadModelFormats(template, List.of(levels), Map.of("stock-levels", 2));
        assertThat(template.findAll(Document.class, StockLevelProjection.LEVELS)).hasSize(1);
        assertThat(template.findAll(Document.class, ReadModelFormats.TOKENS)).hasSize(2);
    }

    @Test
    void aNewStoreOnlyRecordsTheFormat() {
        MongoTemplate template = mongo.template();
        template.save(new Document("_id", "kept"), StockLevelProjection.LEVELS);

        new ReadModelFormats(template, List.of(new StockLevelProjection(template)), Map.of("stock-levels", 2));

        assertThat(template.findAll(Document.class, StockLevelProjection.LEVELS)).hasSize(1);
        assertThat(template.findById("stock-levels", Document.class, ReadModelFormats.COLLECTION)).isNotNull();
    }
}
