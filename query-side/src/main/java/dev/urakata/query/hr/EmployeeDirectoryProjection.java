package dev.urakata.query.hr;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.hr.EmployeeDocument.PositionEntry;
import dev.urakata.query.hr.EmployeeDocument.Review;
import dev.urakata.query.hr.EmployeeDocument.SalaryEntry;
import dev.urakata.query.readmodel.Filters;
import dev.urakata.query.web.MongoPages;
import dev.urakata.shared.hr.EmployeeDetails;
import dev.urakata.shared.hr.EmployeeEnrolledInBenefitsEvent;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePage;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeStatus;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.EmployeeSummary;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.FindEmployeeQuery;
import dev.urakata.shared.hr.ListEmployeesQuery;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;


/**
 * The employee directory: one document per employee with current position, salary history, reviews and
 * benefits, and the query handlers that read it.
 *
 * <p>Idempotent by construction: every document remembers the sequence number of the last event applied to it
 * and an update only applies to a document that has not seen that event yet, so a redelivered or replayed event
 * leaves the document exactly as it was. The documents are {@link EmployeeDocument} records, stored by the one rule
 * ({@code ReadModelMapping}): dates as ISO text, salaries as exact, summable money.
 */
@Component
@ProcessingGroup(EmployeeDirectoryProjection.PROCESSING_GROUP)
public class EmployeeDirectoryProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "employee-directory";
    static final String COLLECTION = "hr_employee_directory";
    static final String VERSIONS = "hr_employee_directory_versions";

    private final Clock clock;

    public EmployeeDirectoryProjection(MongoTemplate mongo, Optional<Clock> clock) {
        super(mongo, COLLECTION, VERSIONS);
        this.clock = clock.orElse(Clock.systemUTC());
        index(COLLECTION, "familyName", "givenName");
        index(COLLECTION, "department");
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Update insert = new Update()
                .setOnInsert("employeeNumber", event.employeeNumber())
                .setOnInsert("givenName", event.givenName())
                .setOnInsert("familyName", event.familyName())
                .setOnInsert("email", event.email())
                .setOnInsert("department", event.department())
                .setOnInsert("position", event.position())
                .setOnInsert("employmentType", event.employmentType().name())
                .setOnInsert("contractEndDate", event.contractEndDate())
                .setOnInsert("hireDate", event.hireDate())
                .setOnInsert("status", EmployeeStatus.ACTIVE.name())
                .setOnInsert("salaryHistory",
                        List.of(new SalaryEntry(event.monthlySalary(), event.hireDate(), "hire", sequence)))
                .setOnInsert("positionHistory", List.of(new PositionEntry(event.department(), event.position(),
                        event.hireDate(), null, sequence)))
                .setOnInsert("reviews", List.of())
                .setOnInsert("benefitPlans", List.of())
                .setOnInsert(LAST_SEQUENCE, sequence);
        recordVersion(mongo.findAndModify(withoutHistories(Query.query(Criteria.where("_id")
                        .is(event.employeeId().value()))), insert,
                FindAndModifyOptions.options().upsert(true).returnNew(true), EmployeeDocument.class, COLLECTION), sequence,
                at);
    }

    @EventHandler
    void on(EmployeePositionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .set("department", event.department())
                .set("position", event.position())
                .push("positionHistory", new PositionEntry(event.department(), event.position(),
                        event.effectiveDate(), event.reason(), sequence)));
    }

    @EventHandler
    void on(EmployeeSalaryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .push("salaryHistory", new SalaryEntry(event.monthlySalary(), event.effectiveDate(), event.reason(),
                        sequence)));
    }

    @EventHandler
    void on(PerformanceReviewRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .push("reviews", new Review(event.reviewDate(), event.rating(), event.reviewer(), event.summary())));
    }

    @EventHandler
    void on(EmployeeEnrolledInBenefitsEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update().push("benefitPlans", event.benefitPlan()));
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .set("status", EmployeeStatus.TERMINATED.name())
                .set("terminationReason", event.reason().name())
                .set("lastDay", event.lastDay()));
    }

    /**
     * An erased employee keeps their place in the directory, today and in every past version; their names, e-mail
     * address and review texts read as erased. (A rebuild after the erasure reads the placeholder from the events.)
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        String employeeId = event.subjectId().value();
        EmployeeDocument current = mongo.findById(employeeId, EmployeeDocument.class, COLLECTION);
        if (current == null) {
            return; // not an employee
        }
        mongo.save(current.erased(), COLLECTION);
        for (EmployeeVersionDocument version : mongo.find(Query.query(Criteria.where("employeeId").is(employeeId)),
                EmployeeVersionDocument.class, VERSIONS)) {
            mongo.save(new EmployeeVersionDocument(version.id(), version.employeeId(), version.sequence(),
                    version.recordedAt(), version.state().erased()), VERSIONS);
        }
    }

    /** A rebuild starts from an empty directory. */
    @QueryHandler
    Optional<EmployeeDetails> handle(FindEmployeeQuery query) {
        Optional<EmployeeDocument> known;
        LocalDate day;
        if (query.asOf() == null) {
            known = Optional.ofNullable(mongo.findById(query.employeeId().value(), EmployeeDocument.class,
                    COLLECTION));
            day = LocalDate.now(clock);
        } else {
            Query version = Query.query(Criteria.where("employeeId").is(query.employeeId().value())
                            .andOperator(recordedBy(query.asOf())))
                    .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
            known = Optional.ofNullable(mongo.findOne(version, EmployeeVersionDocument.class, VERSIONS))
                    .map(this::withHistories);
            day = query.asOf().atZone(clock.getZone()).toLocalDate();
        }
        if (query.effectiveOn() != null) {
            // valid time within what was known (at asOf, or now): the two axes compose
            return known.flatMap(doc -> doc.inForceOn(query.effectiveOn()))
                    .map(doc -> details(doc, query.effectiveOn()));
        }
        return known.map(doc -> details(doc, day));
    }

    @QueryHandler
    EmployeePage handle(ListEmployeesQuery query) {
        if (query.effectiveOn() != null) {
            return listInForce(query);
        }
        Criteria criteria = new Filters().equal("department", query.department()).equal("position", query.position())
                .equal("status", query.status()).equal("employmentType", query.employmentType()).criteria();
        withName(criteria, query.name());
        if (query.asOf() != null) {
            return listAsOf(query, criteria);
        }
        MongoPages.Slice<EmployeeSummary> slice = MongoPages.read(mongo, COLLECTION, EmployeeDocument.class,
                Query.query(criteria),
                Sort.by("familyName", "givenName", "_id"), query.page(), query.size(),
                EmployeeDirectoryProjection::summary);
        return new EmployeePage(slice.items(), query.page(), query.size(), slice.total());
    }

    /**
     * The directory as it stood at {@code query.asOf()}: every employee's latest version recorded by then (employees
     * hired later have none), filtered, sorted and paged as the live list is. Uses only the simple aggregation stages
     * that the embedded server shares with MongoDB.
     */
    private static void withName(Criteria criteria, String name) {
        if (name != null && !name.isBlank()) {
            String pattern = Pattern.quote(name.trim());
            criteria.orOperator(Criteria.where("givenName").regex(pattern, "i"),
                    Criteria.where("familyName").regex(pattern, "i"));
        }
    }

    /**
     * Those employed on the query's day, as in force then ({@link EmployeeDocument#inForceOn}), within what was
     * known at its asOf (or now). Department, position and status are the day's, so they are filtered here rather
     * than in the store; everyone hired by the day is read, once.
     */
    private EmployeePage listInForce(ListEmployeesQuery query) {
        LocalDate day = query.effectiveOn();
        Criteria criteria = new Filters().equal("employmentType", query.employmentType()).criteria()
                .and("hireDate").lte(day);
        withName(criteria, query.name());
        List<EmployeeDocument> known = query.asOf() == null
                ? mongo.find(Query.query(criteria), EmployeeDocument.class, COLLECTION)
                : mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(recordedBy(query.asOf())),
                        Aggregation.sort(Sort.by(Sort.Direction.DESC, "sequence")),
                        Aggregation.group("employeeId").first("state").as("state").first("sequence").as("sequence"),
                        Aggregation.match(new Criteria("state.hireDate").lte(day))), VERSIONS,
                        LatestVersion.class).getMappedResults().stream()
                .map(latest -> withHistories(new EmployeeVersionDocument(null, latest.id(), latest.sequence(), null,
                        latest.state())))
                .filter(doc -> matches(doc, query.employmentType(), query.name())).toList();
        List<EmployeeSummary> matching = known.stream()
                .map(doc -> doc.inForceOn(day)).flatMap(Optional::stream)
                .filter(doc -> (query.department() == null || query.department().equals(doc.department()))
                        && (query.position() == null || query.position().equals(doc.position()))
                        && (query.status() == null || query.status() == doc.status()))
                .sorted(Comparator.comparing(EmployeeDocument::familyName).thenComparing(EmployeeDocument::givenName)
                        .thenComparing(EmployeeDocument::id))
                .map(EmployeeDirectoryProjection::summary).toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new EmployeePage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    /** An employee's latest version by some instant: {@code id} is the employee's. */
    private record LatestVersion(String id, long sequence, EmployeeDocument state) {
    }

    /** The filters a past version is read with in memory: the store filtered the current documents. */
    private static boolean matches(EmployeeDocument doc, EmploymentType type, String name) {
        String part = name == null || name.isBlank() ? null : name.trim().toLowerCase(Locale.ROOT);
        return (type == null || type == doc.employmentType()) && (part == null
                || doc.givenName().toLowerCase(Locale.ROOT).contains(part)
                || doc.familyName().toLowerCase(Locale.ROOT).contains(part));
    }

    private EmployeePage listAsOf(ListEmployeesQuery query, Criteria criteria) {
        List<AggregationOperation> asOf = List.of(
                Aggregation.match(recordedBy(query.asOf())),
                Aggregation.sort(Sort.by(Sort.Direction.DESC, "sequence")),
                Aggregation.group("employeeId").first("state").as("state"),
                Aggregation.replaceRoot("state"),
                Aggregation.match(criteria));
        List<AggregationOperation> counted = new ArrayList<>(asOf);
        counted.add(Aggregation.count().as("total"));
        Document count = mongo.aggregate(Aggregation.newAggregation(counted), VERSIONS, Document.class)
                .getUniqueMappedResult();
        List<AggregationOperation> paged = new ArrayList<>(asOf);
        paged.add(Aggregation.sort(Sort.by("familyName", "givenName", "_id")));
        paged.add(Aggregation.skip((long) query.page() * query.size()));
        paged.add(Aggregation.limit(query.size()));
        List<EmployeeSummary> items = mongo.aggregate(Aggregation.newAggregation(paged), VERSIONS,
                        EmployeeDocument.class)
                .getMappedResults().stream().map(EmployeeDirectoryProjection::summary).toList();
        return new EmployeePage(items, query.page(), query.size(),
                count == null ? 0 : ((Number) count.get("total")).longValue());
    }

    private void applyOnce(EmployeeId employeeId, long sequence, Instant at, Update update) {
        EmployeeDocument updated = mongo.findAndModify(withoutHistories(unapplied(employeeId, sequence)),
                update.set(LAST_SEQUENCE, sequence), FindAndModifyOptions.options().returnNew(true),
                EmployeeDocument.class, COLLECTION);
        // A redelivery changes nothing; it only re-reads the document in case its version was never recorded.
        recordVersion(updated != null ? updated : mongo.findOne(withoutHistories(byId(employeeId)),
                EmployeeDocument.class, COLLECTION), sequence, at);
    }

    /**
     * {@code query} answering without the growing histories, which a version leaves out anyway: an employee with a
     * thousand salary changes made every change send the thousand back, and decoding them was most of what applying
     * one event cost.
     */
    private static Query withoutHistories(Query query) {
        GROWING_HISTORIES.forEach(history -> query.fields().exclude(history));
        return query;
    }

    /**
     * Keeps the document as it stood after this event, keyed by employee and sequence (so a redelivery rewrites the
     * same version): what the directory showed at any past instant is the last version recorded before it.
     *
     * <p>The salary and position histories are left out of a version: they only grow, each entry carrying the
     * sequence of its event, so a version's histories are the current document's entries up to the version's
     * sequence ({@link #withHistories}). Copying them made every version as long as the history before it: an
     * employee's n-th salary change wrote n entries, quadratic in the history, and it was most of what a rebuild of
     * the directory wrote and most of the directory's bytes on disk.
     */
    private void recordVersion(EmployeeDocument current, long sequence, Instant at) {
        if (current == null || current.lastSequence() != sequence) {
            return; // a redelivery of an older event: its version was recorded when it was first applied
        }
        mongo.save(new EmployeeVersionDocument(current.id() + ":" + sequence, current.id(), sequence, at,
                current.withoutHistories()), VERSIONS);
    }

    /** The histories a version leaves out: append-only, every entry with its event's sequence. */
    private static final List<String> GROWING_HISTORIES = List.of("salaryHistory", "positionHistory");

    /**
     * A version's state with its histories: the current document's entries recorded up to the version's sequence.
     * (A version recorded before the histories were left out still holds its own; it is read as it is.)
     */
    private EmployeeDocument withHistories(EmployeeVersionDocument version) {
        EmployeeDocument state = version.state();
        if (state.salaryHistory() != null && state.positionHistory() != null) {
            return state;
        }
        EmployeeDocument current = mongo.findById(version.employeeId(), EmployeeDocument.class, COLLECTION);
        long sequence = version.sequence();
        return state.withHistories(
                current == null ? List.of() : current.salaryHistory().stream()
                        .filter(entry -> entry.sequence() <= sequence).toList(),
                current == null ? List.of() : current.positionHistory().stream()
                        .filter(entry -> entry.sequence() <= sequence).toList());
    }

    private static EmployeeSummary summary(EmployeeDocument doc) {
        return new EmployeeSummary(new EmployeeId(doc.id()), doc.employeeNumber(), doc.givenName(), doc.familyName(),
                doc.department(), doc.position(), doc.employmentType(), doc.status(), doc.hireDate());
    }

    private EmployeeDetails details(EmployeeDocument doc, LocalDate today) {
        // Ordered by effective date, then by recording order for two changes effective the same day.
        List<SalaryEntry> salaries = doc.salaryHistory().stream().sorted(Comparator.comparing(SalaryEntry::effectiveDate)
                .thenComparingLong(SalaryEntry::sequence)).toList();
        List<PositionEntry> positions = doc.positionHistory().stream().sorted(Comparator
                .comparing(PositionEntry::effectiveDate).thenComparingLong(PositionEntry::sequence)).toList();
        SalaryEntry current = salaries.stream().filter(salary -> !salary.effectiveDate().isAfter(today))
                .reduce((first, second) -> second).orElse(salaries.get(0));
        return new EmployeeDetails(
                new EmployeeId(doc.id()), doc.employeeNumber(), doc.givenName(), doc.familyName(), doc.email(),
                doc.department(), doc.position(), doc.employmentType(), doc.contractEndDate(), doc.hireDate(),
                doc.status(), current.monthlySalary(),
                salaries.stream().map(salary -> new EmployeeDetails.SalaryEntry(salary.monthlySalary(),
                        salary.effectiveDate(), salary.reason())).toList(),
                positions.stream().map(position -> new EmployeeDetails.PositionEntry(position.department(),
                        position.position(), position.effectiveDate(), position.reason())).toList(),
                doc.reviews().stream().map(review -> new EmployeeDetails.ReviewEntry(review.reviewDate(),
                        review.rating(), review.reviewer(), review.summary())).toList(),
                doc.benefitPlans(), doc.terminationReason(), doc.lastDay(), doc.lastSequence());
    }
}
