package dev.urakata.query.audit;

import java.util.List;
import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftMissedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.audit.AuditEventEntry;
import dev.urakata.shared.audit.AuditEventPage;
import dev.urakata.shared.audit.FindAuditEventsQuery;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.TerminationReason;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.time.LocalDate;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail on the embedded MongoDB-wire server: what is recorded, how it is searched, redelivery. */
class AuditTrailProjectionTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private AuditTrailProjection projection;

    @BeforeEach
    void setUp() {
        ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();
        projection = new AuditTrailProjection(mongo.template(), new AuditJson(mapper));
    }

    /** Records one termination event of {@code employee} by {@code user} at {@code T0 + minutes}. */
    GenericDomainEventMessage<EmployeeTerminatedEvent> record(String eventId, String employee, long sequence,
                                                              String user, String correlation, int minutes,
                                                              long position) {
        EmployeeTerminatedEvent payload = new EmployeeTerminatedEvent(new EmployeeId(employee),
                TerminationReason.RESIGNATION, LocalDate.of(2026, 12, 31), "note " + eventId);
        GenericDomainEventMessage<EmployeeTerminatedEvent> event = new GenericDomainEventMessage<>("Employee",
                employee, sequence, payload,
                MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.CORRELATION_ID, correlation)
                        .and(MetadataKeys.CAUSATION_ID, "cause-" + eventId),
                eventId, T0.plusSeconds(60L * minutes));
        projection.on(payload, event, new GlobalSequenceTrackingToken(position));
        return event;
    }

    /** Records {@code payload} as event {@code eventId} of aggregate {@code aggregateId}. */
    void recordEvent(String eventId, String aggregateType, String aggregateId, Object payload, long position) {
        GenericDomainEventMessage<Object> event = new GenericDomainEventMessage<>(aggregateType, aggregateId, 0,
                payload, MetaData.with(MetadataKeys.USER, "hr"), eventId, T0.plusSeconds(position));
        projection.on(payload, event, new GlobalSequenceTrackingToken(position));
    }

    FindAuditEventsQuery all() {
        return new FindAuditEventsQuery(null, null, null, null, null, null, null, 0, 50);
    }

    @Test
    void recordsWhoWhatWhenAndWhyOfAnEvent() {
        record("ev-1", "emp-1", 3, "hr", "corr-1", 0, 42);

        AuditEventEntry entry = projection.handle(all()).items().get(0);

        assertThat(entry.eventId()).isEqualTo("ev-1");
        assertThat(entry.eventType()).isEqualTo("EmployeeTerminatedEvent");
        assertThat(entry.aggregateType()).isEqualTo("Employee");
        assertThat(entry.aggregateId()).isEqualTo("emp-1");
        assertThat(entry.sequence()).isEqualTo(3);
        assertThat(entry.globalPosition()).isEqualTo(42);
        assertThat(entry.timestamp()).isEqualTo(T0);
        assertThat(entry.user()).isEqualTo("hr");
        assertThat(entry.correlationId()).isEqualTo("corr-1");
        assertThat(entry.causationId()).isEqualTo("cause-ev-1");
        assertThat(entry.payload()).containsEntry("employeeId", "emp-1")
                .containsEntry("reason", "RESIGNATION")
                .containsEntry("lastDay", "2026-12-31");
        assertConforms(mongo.template(), AuditTrailProjection.COLLECTION);
    }

    @Test
    void anErasureOverwritesTheSubjectsPersonalDataInEveryEntryAndIsItselfAnEntry() {
        EmployeeId erased = new EmployeeId("emp-1");
        recordEvent("ev-1", "Employee", "emp-1", new EmployeeHiredEvent(erased, "E-1", "Aiko", "Tanaka",
                "aiko@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("300000", "JPY")), 1);
        recordEvent("ev-2", "Employee", "emp-1", new PerformanceReviewRecordedEvent(erased,
                LocalDate.of(2026, 9, 30), 4, "M. Sato", "Solid work"), 2);
        recordEvent("ev-3", "Employee", "emp-2", new EmployeeHiredEvent(new EmployeeId("emp-2"), "E-2", "Ben",
                "Abe", "ben@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("280000", "JPY")), 3);

        recordEvent("ev-4", "DataSubjectErasure", "erasure-emp-1",
                new PersonalDataErasedEvent(new DataSubjectId("emp-1"), "request 17"), 4);

        List<AuditEventEntry> entries = projection.handle(all()).items();
        assertThat(entries.get(0).payload()).containsEntry("givenName", PersonalDataFields.ERASED)
                .containsEntry("familyName", PersonalDataFields.ERASED)
                .containsEntry("email", PersonalDataFields.ERASED)
                .containsEntry("employeeNumber", "E-1")
                .containsEntry("hireDate", "2026-04-01")
                .containsEntry("employeeId", "emp-1");
        assertThat(entries.get(0).payload().get("monthlySalary").toString()).contains("300000");
        assertThat(entries.get(1).payload()).containsEntry("summary", PersonalDataFields.ERASED)
                .containsEntry("rating", 4);
        assertThat(entries.get(2).payload()).containsEntry("givenName", "Ben");
        assertThat(entries.get(3).eventType()).isEqualTo("PersonalDataErasedEvent");
        assertThat(entries.get(3).payload()).containsEntry("subjectId", "emp-1").containsEntry("reason", "request 17");
    }

    @Test
    void aPersonsTrailFindsEveryEventThatNamesThemWhateverAggregateItLivesOn() {
        EmployeeId aiko = new EmployeeId("emp-1");
        EmployeeId ben = new EmployeeId("emp-2");
        recordEvent("ev-1", "Employee", "emp-1", new EmployeeHiredEvent(aiko, "E-1", "Aiko", "Tanaka",
                "aiko@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("300000", "JPY")), 1);
        recordEvent("ev-2", "Employee", "emp-2", new EmployeeHiredEvent(ben, "E-2", "Ben", "Abe",
                "ben@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("280000", "JPY")), 2);
        // named by a plain String id, inside a list of typed ids, and as the subject of an erasure
        recordEvent("ev-3", "Contract", "employment-emp-1", new ContractDraftedEvent(new ContractId(
                "employment-emp-1"), ContractKind.EMPLOYMENT, "emp-1", "Employment", LocalDate.of(2026, 4, 1),
                null), 3);
        recordEvent("ev-4", "ShiftAttendance", "shift-9", new ShiftMissedEvent(new ShiftId("shift-9"),
                T0, List.of(ben, aiko)), 4);
        recordEvent("ev-5", "ShiftAttendance", "shift-10", new ShiftMissedEvent(new ShiftId("shift-10"),
                T0, List.of(ben)), 5);
        // personal data fields it could hold but does not (no reason given): the erasure leaves the entry whole
        recordEvent("ev-5b", "Employee", "emp-1", new EmployeePositionChangedEvent(aiko, "Logistics", "Lead",
                LocalDate.of(2026, 12, 1), "Sales", "Rep", null), 5);
        recordEvent("ev-6", "DataSubjectErasure", "erasure-emp-1",
                new PersonalDataErasedEvent(new DataSubjectId("emp-1"), "request 17"), 6);

        AuditEventPage trail = projection.handle(new FindAuditEventsQuery(null, null, null, null, null, null, null,
                0, 50, "emp-1"));

        assertThat(trail.items()).extracting(AuditEventEntry::eventId).containsExactly("ev-1", "ev-3", "ev-4",
                "ev-5b", "ev-6");
        assertThat(trail.items().get(3).eventType()).isEqualTo("EmployeePositionChangedEvent");
        assertThat(trail.items().get(3).payload()).containsEntry("department", "Logistics");
        assertThat(trail.items().get(0).payload()).containsEntry("givenName", PersonalDataFields.ERASED);
        assertThat(projection.handle(new FindAuditEventsQuery(null, null, "ShiftMissedEvent", null, null, null,
                null, 0, 50, "emp-2")).items()).extracting(AuditEventEntry::eventId).containsExactly("ev-4", "ev-5");
        // names and free text are not ids: nobody's trail is found by them
        assertThat(projection.handle(new FindAuditEventsQuery(null, null, null, null, null, null, null, 0, 50,
                "Employment")).total()).isZero();
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() {
        record("ev-1", "emp-1", 0, "hr", "corr-1", 0, 1);
        record("ev-1", "emp-1", 0, "hr", "corr-1", 0, 1);

        assertThat(projection.handle(all()).total()).isEqualTo(1);
    }

    @Test
    void searchesByAggregateTypeUserCorrelationAndTimeInGlobalOrder() {
        record("ev-1", "emp-1", 0, "hr", "corr-1", 0, 1);
        record("ev-2", "emp-2", 0, "admin", "corr-2", 10, 2);
        record("ev-3", "emp-1", 1, "hr", "corr-3", 20, 3);
        record("ev-4", "emp-2", 1, "hr", "corr-2", 30, 4);

        assertThat(ids(query(null, "emp-1", null, null, null, null, null))).containsExactly("ev-1", "ev-3");
        assertThat(ids(query(null, null, null, "admin", null, null, null))).containsExactly("ev-2");
        assertThat(ids(query(null, null, null, null, "corr-2", null, null))).containsExactly("ev-2", "ev-4");
        assertThat(ids(query(null, null, "EmployeeTerminatedEvent", null, null, null, null))).hasSize(4);
        assertThat(ids(query(null, null, "EmployeeHiredEvent", null, null, null, null))).isEmpty();
        assertThat(ids(query("Employee", null, null, "hr", null, T0.plusSeconds(600), T0.plusSeconds(1800))))
                .containsExactly("ev-3");

        AuditEventPage second = projection.handle(new FindAuditEventsQuery(null, null, null, null, null, null, null,
                1, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(AuditEventEntry::eventId).containsExactly("ev-4");
    }

    @Test
    void aRebuildStartsFromAnEmptyTrail() {
        record("ev-1", "emp-1", 0, "hr", "corr-1", 0, 1);
        projection.reset();
        assertThat(projection.handle(all()).total()).isZero();
    }

    AuditEventPage query(String type, String aggregateId, String eventType, String user, String correlation,
                         Instant from, Instant to) {
        return projection.handle(new FindAuditEventsQuery(type, aggregateId, eventType, user, correlation, from, to,
                0, 50));
    }

    static java.util.List<String> ids(AuditEventPage page) {
        return page.items().stream().map(AuditEventEntry::eventId).toList();
    }
}
