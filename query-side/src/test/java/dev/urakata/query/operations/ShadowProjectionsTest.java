package dev.urakata.query.operations;

import dev.urakata.config.processing.ReadModelMapping;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.query.hr.EmployeeDirectoryProjection;
import dev.urakata.query.readmodel.ReadModelRoutes;
import dev.urakata.query.readmodel.RoutedMongoDatabase;
import dev.urakata.shared.hr.EmployeeEnrolledInBenefitsEvent;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second version of a projection built beside the live one on the embedded MongoDB-wire server, from tracked event
 * messages through Axon's annotation adapter, then switched to by a route.
 */
class ShadowProjectionsTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-08-15T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate HIRED = LocalDate.of(2026, 4, 1);
    static final String SUFFIX = "__bg_test";
    static final List<String> DIRECTORY_COLLECTIONS =
            List.of("hr_employee_directory", "hr_employee_directory_versions");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private ReadModelRoutes routes;
    private MongoTemplate live;
    private EmployeeDirectoryProjection directory;
    private AnnotationEventHandlerAdapter liveHandlers;
    private final List<TrackedEventMessage<?>> history = new ArrayList<>();

    @BeforeEach
    void setUp() {
        routes = new ReadModelRoutes(mongo.client().getDatabase("test"), Duration.ofMillis(100));
        live = ReadModelMapping.template(new SimpleMongoClientDatabaseFactory(mongo.client(), "test") {
            @Override
            protected MongoDatabase doGetMongoDatabase(String name) {
                return RoutedMongoDatabase.routing(super.doGetMongoDatabase(name), routes::physical);
            }
        });
        directory = new EmployeeDirectoryProjection(live, Optional.of(TODAY));
        liveHandlers = new AnnotationEventHandlerAdapter(directory);
    }

    /**
     * Records an event in the history and hands it to the live projection as the live processor does, through Axon's
     * annotation adapter (its handlers are not visible from this package).
     */
    void event(String employee, long sequence, Object payload) throws Exception {
        Instant at = Instant.parse("2026-05-01T09:00:00Z").plusSeconds(3600L * history.size());
        TrackedEventMessage<?> message = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(history.size()),
                new GenericDomainEventMessage<>("Employee", employee, sequence, payload, Map.of(),
                        "event-" + history.size(), at));
        history.add(message);
        liveHandlers.handle(message);
    }

    void someHistory() throws Exception {
        for (int i = 1; i <= 3; i++) {
            EmployeeId id = new EmployeeId("e" + i);
            event(id.value(), 0, new EmployeeHiredEvent(id, "E-" + i, "Given" + i, "Family" + i,
                    "g" + i + "@example.com", i == 3 ? "Finance" : "Operations", "Clerk", EmploymentType.PERMANENT,
                    null, HIRED, Money.of("350000", "JPY")));
        }
        EmployeeId first = new EmployeeId("e1");
        EmployeeId second = new EmployeeId("e2");
        event("e1", 1, new EmployeeSalaryChangedEvent(first, Money.of("380000", "JPY"), LocalDate.of(2026, 7, 1),
                "review", Money.of("350000", "JPY")));
        event("e2", 1, new EmployeePositionChangedEvent(second, "Logistics", "Lead", LocalDate.of(2026, 6, 1),
                "Operations", "Clerk"));
        event("e1", 2, new PerformanceReviewRecordedEvent(first, LocalDate.of(2026, 6, 30), 4, "M. Sato", "Good"));
        event("e1", 3, new EmployeeEnrolledInBenefitsEvent(first, "HEALTH", HIRED));
        event("e2", 2, new EmployeeTerminatedEvent(second, TerminationReason.RESIGNATION, LocalDate.of(2026, 9, 30),
                null));
    }

    ShadowProjections shadowOf(Class<?>... types) {
        return ShadowProjections.create(Arrays.asList(types), mongo.client(), "test", SUFFIX, live.getConverter(),
                (constructor, index) -> Optional.of(TODAY), ClasspathParameterResolverFactory.forClass(getClass()),
                ClasspathHandlerDefinition::forClass, List.of());
    }

    /** Every document of a collection as raw BSON bytes, by id, read through the routes. */
    Map<Object, byte[]> raw(String collection) {
        Map<Object, byte[]> documents = new LinkedHashMap<>();
        for (RawBsonDocument doc : live.getCollection(collection).withDocumentClass(RawBsonDocument.class).find()
                .sort(new Document("_id", 1))) {
            byte[] bytes = new byte[doc.getByteBuffer().remaining()];
            doc.getByteBuffer().get(bytes);
            documents.put(doc.get("_id").toString(), bytes);
        }
        return documents;
    }

    Map<String, Map<Object, byte[]>> rawDirectory() {
        Map<String, Map<Object, byte[]>> all = new LinkedHashMap<>();
        DIRECTORY_COLLECTIONS.forEach(c -> all.put(c, raw(c)));
        return all;
    }

    @Test
    void aVersionBuiltBesideTheLiveOneIsByteIdenticalAndTakesOverWithoutTouchingTheLiveOneBefore() throws Exception {
        someHistory();
        Map<String, Map<Object, byte[]>> before = rawDirectory();
        assertThat(before.get("hr_employee_directory")).hasSize(3);
        assertThat(before.get("hr_employee_directory_versions")).hasSize(history.size());

        ShadowProjections shadow = shadowOf(EmployeeDirectoryProjection.class);
        shadow.reset();
        for (int i = 0; i < history.size(); i++) {
            shadow.apply(history.get(i));
            if (i == history.size() / 2) {
                // Half built: the live version is exactly as it was.
                assertThat(rawDirectory()).usingRecursiveComparison().isEqualTo(before);
            }
        }
        assertThat(rawDirectory()).usingRecursiveComparison().isEqualTo(before);

        Map<String, String> collections = shadow.collections();
        assertThat(collections).containsExactly(
                Map.entry("hr_employee_directory", "hr_employee_directory" + SUFFIX),
                Map.entry("hr_employee_directory_versions", "hr_employee_directory_versions" + SUFFIX));
        routes.switchTo(EmployeeDirectoryProjection.PROCESSING_GROUP, collections, "run-1", Instant.now());

        assertThat(live.getCollection("hr_employee_directory").getNamespace().getCollectionName())
                .isEqualTo("hr_employee_directory" + SUFFIX);
        // Nothing excluded: every document of both collections, byte for byte.
        assertThat(rawDirectory()).usingRecursiveComparison().isEqualTo(before);
        // The live projection instance now writes to the new version.
        liveHandlers.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(history.size()),
                new GenericDomainEventMessage<>("Employee", "e3", 1, new EmployeeTerminatedEvent(
                        new EmployeeId("e3"), TerminationReason.RETIREMENT, LocalDate.of(2026, 12, 31), null))));
        assertThat(mongo.client().getDatabase("test").getCollection("hr_employee_directory" + SUFFIX)
                .find(new Document("_id", "e3")).first().getString("status")).isEqualTo("TERMINATED");
        assertThat(mongo.client().getDatabase("test").getCollection("hr_employee_directory")
                .find(new Document("_id", "e3")).first().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theNewVersionSeesTheSequenceNumbersAndTimestampsOfTheEvents() throws Exception {
        someHistory();
        ShadowProjections shadow = shadowOf(EmployeeDirectoryProjection.class);
        shadow.apply(history.get(0));
        shadow.flush(); // its plain writes go out in bulk (WriteBehindDatabase), as the rebuild sends them

        Document version = mongo.client().getDatabase("test")
                .getCollection("hr_employee_directory_versions" + SUFFIX).find().first();
        assertThat(version.get("sequence")).isEqualTo(0L);
        assertThat(version.getDate("recordedAt").toInstant()).isEqualTo(history.get(0).getTimestamp());
    }

    @Test
    void anEventTheNewVersionCannotApplyStopsTheBuildAndDroppingItLeavesNoTrace() throws Exception {
        someHistory();
        Map<String, Map<Object, byte[]>> before = rawDirectory();
        ShadowProjections shadow = shadowOf(EmployeeDirectoryProjection.class, FailingProjection.class);
        shadow.apply(history.get(0));
        assertThatThrownBy(() -> shadow.apply(history.get(3))).hasMessage("cannot project this raise");

        shadow.drop();
        assertThat(mongo.client().getDatabase("test").listCollectionNames())
                .noneMatch(name -> name.endsWith(SUFFIX));
        assertThat(rawDirectory()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aCollectionOnlyItsResetHandlerNamesSwitchesTooAsAnEmptyOne() {
        live.save(new Document("_id", "stray"), ResetOnlyProjection.EXTRA);
        ShadowProjections shadow = shadowOf(ResetOnlyProjection.class);
        shadow.reset();

        Map<String, String> collections = shadow.collections();
        assertThat(collections).containsEntry(ResetOnlyProjection.EXTRA, ResetOnlyProjection.EXTRA + SUFFIX);
        routes.switchTo("reset-only", collections, "run-1", Instant.now());
        assertThat(live.count(new Query(), ResetOnlyProjection.EXTRA)).isZero();
    }

    @Test
    void projectionsThatCouldReachTheLiveVersionAreRefused() throws Exception {
        assertThatThrownBy(() -> ShadowProjections.check(List.of(InMemoryProjection.class)))
                .isInstanceOf(ShadowProjections.NotRebuildable.class)
                .hasMessageContaining("InMemoryProjection keeps its state elsewhere");
        assertThatThrownBy(() -> ShadowProjections.check(List.of(ClientProjection.class)))
                .isInstanceOf(ShadowProjections.NotRebuildable.class)
                .hasMessageContaining("takes a MongoClient");

        someHistory();
        Map<String, Map<Object, byte[]>> before = rawDirectory();
        ShadowProjections shadow = shadowOf(LookupProjection.class);
        assertThatThrownBy(() -> shadow.apply(history.get(0)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("$out");
        assertThat(rawDirectory()).usingRecursiveComparison().isEqualTo(before);
    }

    /** Fails on salary changes. */
    static class FailingProjection {
        FailingProjection(MongoTemplate mongo) {
        }

        @EventHandler
        void on(EmployeeSalaryChangedEvent event) {
            throw new IllegalStateException("cannot project this raise");
        }
    }

    /** Owns a collection that no event fills. */
    static class ResetOnlyProjection {
        static final String EXTRA = "reset_only_extra";
        private final MongoTemplate mongo;

        ResetOnlyProjection(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(EmployeeHiredEvent event) {
        }

        @ResetHandler
        void reset() {
            mongo.remove(new Query(), EXTRA);
        }
    }

    static class InMemoryProjection {
        @EventHandler
        void on(EmployeeHiredEvent event) {
        }
    }

    static class ClientProjection {
        ClientProjection(MongoTemplate mongo, MongoClient client) {
        }

        @EventHandler
        void on(EmployeeHiredEvent event) {
        }
    }

    /** Would overwrite a live collection through an aggregation stage that names it. */
    static class LookupProjection {
        private final MongoTemplate mongo;

        LookupProjection(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(EmployeeHiredEvent event) {
            mongo.aggregate(Aggregation.newAggregation(Aggregation.match(new org.springframework.data.mongodb.core
                    .query.Criteria()), Aggregation.out("hr_employee_directory")), "anything", Document.class);
        }
    }
}
