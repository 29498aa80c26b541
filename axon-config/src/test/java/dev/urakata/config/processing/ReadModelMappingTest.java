package dev.urakata.config.processing;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.money.Money;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelMappingTest {

    @RegisterExtension
    final EmbeddedMongo embedded = new EmbeddedMongo();

    record Line(String item, BigDecimal quantity, Money price) {
    }

    record Sample(@Id String id, String name, BigDecimal quantity, Money value, Instant at, LocalDate day,
                  YearMonth month, long lastSequence, boolean flag, Map<String, BigDecimal> reservations,
                  List<Line> lines, String missing) {
    }

    @Test
    void aRecordIsStoredByTheOneRuleAndReadBackWhole() {
        MongoTemplate mongo = embedded.template();
        Sample sample = new Sample("s-1", "Tea", new BigDecimal("2.500"), Money.of("1200", "JPY"),
                Instant.parse("2026-12-07T01:02:03Z"), LocalDate.of(2026, 4, 1), YearMonth.of(2026, 4), 7L, true,
                Map.of("r-1", new BigDecimal("1.5")), List.of(new Line("i-1", BigDecimal.ONE, Money.of("10.50", "EUR"))),
                null);
        mongo.save(sample, "samples");

        Document stored = mongo.getCollection("samples").find().first();
        assertThat(stored.keySet()).doesNotContain("_class", "missing");
        assertThat(stored.get("_id")).isEqualTo("s-1");
        assertThat(stored.get("quantity")).isEqualTo(new Decimal128(new BigDecimal("2.500")));
        assertThat(stored.get("value")).isEqualTo(new Document("amount", new Decimal128(new BigDecimal("1200")))
                .append("currency", "JPY"));
        assertThat(stored.get("at")).isEqualTo(Date.from(sample.at()));
        assertThat(stored.get("day")).isEqualTo("2026-04-01");
        assertThat(stored.get("month")).isEqualTo("2026-04");
        assertThat(stored.get("lastSequence")).isEqualTo(7L);
        assertThat(stored.get("reservations", Document.class).get("r-1")).isInstanceOf(Decimal128.class);
        Document line = stored.getList("lines", Document.class).get(0);
        assertThat(line.keySet()).containsExactly("item", "quantity", "price");
        assertThat(line.get("price", Document.class).get("amount")).isEqualTo(new Decimal128(new BigDecimal("10.50")));

        assertThat(mongo.findById("s-1", Sample.class, "samples")).isEqualTo(sample);
    }

    @Test
    void anUpdateStoresItsValuesByTheSameRule() {
        MongoTemplate mongo = embedded.template();
        mongo.upsert(Query.query(Criteria.where("_id").is("u-1")), new Update()
                .set("value", Money.of("300", "JPY")).set("quantity", new BigDecimal("4"))
                .set("day", LocalDate.of(2026, 12, 7)).set("month", YearMonth.of(2026, 12))
                .set("lines", List.of(new Line("i-2", BigDecimal.TEN, Money.of("5", "JPY"))))
                .set("unit", java.time.temporal.ChronoUnit.DAYS), "samples");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("u-1")),
                new Update().push("lines", new Line("i-3", BigDecimal.ONE, Money.of("7", "JPY"))), "samples");

        Document stored = mongo.getCollection("samples").find().first();
        assertThat(stored.get("value")).isEqualTo(new Document("amount", new Decimal128(new BigDecimal("300")))
                .append("currency", "JPY"));
        assertThat(stored.get("quantity")).isEqualTo(new Decimal128(new BigDecimal("4")));
        assertThat(stored.get("day")).isEqualTo("2026-12-07");
        assertThat(stored.get("month")).isEqualTo("2026-12");
        assertThat(stored.get("unit")).isEqualTo("DAYS");
        List<Document> lines = stored.getList("lines", Document.class);
        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.keySet()).containsExactly("item", "quantity", "price");
            assertThat(line.get("quantity")).isInstanceOf(Decimal128.class);
        });
    }
}
