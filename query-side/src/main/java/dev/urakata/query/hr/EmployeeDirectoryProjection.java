package dev.urakata.query.hr;

import dev.urakata.config.processing.MongoProjection;
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
import dev.urakata.shared.hr.EmployeeSummary;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.FindEmployeeQuery;
import dev.urakata.shared.hr.ListEmployeesQuery;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
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
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * The employee directory: one document per employee with current position, salary history, reviews and
 * benefits, and the query handlers that read it.
 *
 * <p>Idempotent by construction: every document remembers the sequence number of the last event applied to it
 * and an update only applies to a document that has not seen that event yet, so a redelivered or replayed event
 * leaves the document exactly as it was. Dates are stored as ISO strings so the documents read the same on the
 * embedded server and on MongoDB; a salary is stored as money ({@code StoredNumbers}), exact and summable.
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
                .setOnInsert("contractEndDate", iso(event.contractEndDate()))
                .setOnInsert("hireDate", iso(event.hireDate()))
                .setOnInsert("status", EmployeeStatus.ACTIVE.name())
                .setOnInsert("salaryHistory",
                        List.of(salaryEntry(event.monthlySalary(), event.hireDate(), "hire", sequence)))
                .setOnInsert("positionHistory", List.of(positionEntry(event.department(), event.position(),
                        event.hireDate(), sequence)))
                .setOnInsert("reviews", List.of())
                .setOnInsert("benefitPlans", List.of())
                .setOnInsert(LAST_SEQUENCE, sequence);
        recordVersion(mongo.findAndModify(withoutHistories(Query.query(Criteria.where("_id")
                        .is(event.employeeId().value()))), insert,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION), sequence, at);
    }

    @EventHandler
    void on(EmployeePositionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .set("department", event.department())
                .set("position", event.position())
                .push("positionHistory", positionEntry(event.department(), event.position(), event.effectiveDate(),
                        sequence)));
    }

    @EventHandler
    void on(EmployeeSalaryChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .push("salaryHistory", salaryEntry(event.monthlySalary(), event.effectiveDate(), event.reason(),
                        sequence)));
    }

    @EventHandler
    void on(PerformanceReviewRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        applyOnce(event.employeeId(), sequence, at, new Update()
                .push("reviews", new Document("reviewDate", iso(event.reviewDate()))
                        .append("rating", event.rating())
                        .append("reviewer", event.reviewer())
                        .append("summary", event.summary())));
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
                .set("lastDay", iso(event.lastDay())));
    }

    /**
     * An erased employee keeps their place in the directory, today and in every past version; their names, e-mail
     * address and review texts read as erased. (A rebuild after the erasure reads the placeholder from the events.)
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        String employeeId = event.subjectId().value();
        Document current = mongo.findById(employeeId, Document.class, COLLECTION);
        if (current == null) {
            return; // not an employee
        }
        mongo.save(withoutPersonalData(current), COLLECTION);
        for (Document version : mongo.find(Query.query(Criteria.where("employeeId").is(employeeId)), Document.class,
                VERSIONS)) {
            mongo.save(version.append("state", withoutPersonalData(version.get("state", Document.class))), VERSIONS);
        }
    }

    private static Document withoutPersonalData(Document employee) {
        employee.put("givenName", PersonalDataFields.ERASED);
        employee.put("familyName", PersonalDataFields.ERASED);
        employee.put("email", PersonalDataFields.ERASED);
        employee.getList("reviews", Document.class).forEach(review -> review.put("summary", PersonalDataFields.ERASED));
        // The reasons given for salary changes are free text that may name people; the hire's entry says "hire".
        employee.getList("salaryHistory", Document.class, List.of()).stream()
                .filter(entry -> entry.getLong("sequence") > 0)
                .forEach(entry -> entry.put("reason", PersonalDataFields.ERASED));
        return employee;
    }

    /** A rebuild starts from an empty directory. */
    @QueryHandler
    Optional<EmployeeDetails> handle(FindEmployeeQuery query) {
        if (query.asOf() == null) {
            return Optional.ofNullable(mongo.findById(query.employeeId().value(), Document.class, COLLECTION))
                    .map(doc -> details(doc, LocalDate.now(clock)));
        }
        Query version = Query.query(Criteria.where("employeeId").is(query.employeeId().value())
                        .and("recordedAt").lte(Date.from(query.asOf())))
                .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        return Optional.ofNullable(mongo.findOne(version, Document.class, VERSIONS))
                .map(v -> details(withHistories(v), query.asOf().atZone(clock.getZone()).toLocalDate()));
    }

    @QueryHandler
    EmployeePage handle(ListEmployeesQuery query) {
        Criteria criteria = new Filters().equal("department", query.department()).equal("position", query.position())
                .equal("status", query.status()).equal("employmentType", query.employmentType()).criteria();
        if (query.name() != null && !query.name().isBlank()) {
            String pattern = Pattern.quote(query.name().trim());
            criteria.orOperator(Criteria.where("givenName").regex(pattern, "i"),
                    Criteria.where("familyName").regex(pattern, "i"));
        }
        if (query.asOf() != null) {
            return listAsOf(query, criteria);
        }
        MongoPages.Slice<EmployeeSummary> slice = MongoPages.read(mongo, COLLECTION, Query.query(criteria),
                Sort.by("familyName", "givenName", "_id"), query.page(), query.size(),
                EmployeeDirectoryProjection::summary);
        return new EmployeePage(slice.items(), query.page(), query.size(), slice.total());
    }

    /**
     * The directory as it stood at {@code query.asOf()}: every employee's latest version recorded by then (employees
     * hired later have none), filtered, sorted and paged as the live list is. Uses only the simple aggregation stages
     * that the embedded server shares with MongoDB.
     */
    private EmployeePage listAsOf(ListEmployeesQuery query, Criteria criteria) {
        List<AggregationOperation> asOf = List.of(
                Aggregation.match(Criteria.where("recordedAt").lte(Date.from(query.asOf()))),
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
        List<EmployeeSummary> items = mongo.aggregate(Aggregation.newAggregation(paged), VERSIONS, Document.class)
                .getMappedResults().stream().map(EmployeeDirectoryProjection::summary).toList();
        return new EmployeePage(items, query.page(), query.size(),
                count == null ? 0 : ((Number) count.get("total")).longValue());
    }

    private void applyOnce(EmployeeId employeeId, long sequence, Instant at, Update update) {
        Document updated = mongo.findAndModify(withoutHistories(unapplied(employeeId, sequence)),
                update.set(LAST_SEQUENCE, sequence), FindAndModifyOptions.options().returnNew(true), Document.class,
                COLLECTION);
        // A redelivery changes nothing; it only re-reads the document in case its version was never recorded.
        recordVersion(updated != null ? updated : mongo.findOne(withoutHistories(byId(employeeId)), Document.class,
                COLLECTION), sequence, at);
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
    private void recordVersion(Document current, long sequence, Instant at) {
        if (current == null || ((Number) current.get(LAST_SEQUENCE)).longValue() != sequence) {
            return; // a redelivery of an older event: its version was recorded when it was first applied
        }
        String employeeId = current.getString("_id");
        Document state = new Document(current);
        GROWING_HISTORIES.forEach(state::remove);
        mongo.save(new Document("_id", employeeId + ":" + sequence)
                .append("employeeId", employeeId)
                .append("sequence", sequence)
                .append("recordedAt", Date.from(at))
                .append("state", state), VERSIONS);
    }

    /** The histories a version leaves out: append-only, every entry with its event's sequence. */
    private static final List<String> GROWING_HISTORIES = List.of("salaryHistory", "positionHistory");

    /**
     * A version's state with its histories: the current document's entries recorded up to the version's sequence.
     * (A version recorded before the histories were left out still holds its own; it is read as it is.)
     */
    private Document withHistories(Document version) {
        Document state = version.get("state", Document.class);
        if (GROWING_HISTORIES.stream().allMatch(state::containsKey)) {
            return state;
        }
        long sequence = ((Number) version.get("sequence")).longValue();
        Document current = mongo.findById(version.getString("employeeId"), Document.class, COLLECTION);
        for (String history : GROWING_HISTORIES) {
            List<Document> entries = current == null ? List.of()
                    : current.getList(history, Document.class, List.of());
            state.put(history, entries.stream()
                    .filter(entry -> ((Number) entry.get("sequence")).longValue() <= sequence).toList());
        }
        return state;
    }

    private static Document salaryEntry(Money salary, LocalDate effectiveDate, String reason, long sequence) {
        return new Document("monthlySalary", money(salary))
                .append("effectiveDate", iso(effectiveDate))
                .append("reason", reason)
                .append("sequence", sequence);
    }

    private static Document positionEntry(String department, String position, LocalDate effectiveDate,
                                          long sequence) {
        return new Document("department", department)
                .append("position", position)
                .append("effectiveDate", iso(effectiveDate))
                .append("sequence", sequence);
    }

    private static EmployeeSummary summary(Document doc) {
        return new EmployeeSummary(new EmployeeId(doc.getString("_id")), doc.getString("employeeNumber"),
                doc.getString("givenName"), doc.getString("familyName"), doc.getString("department"),
                doc.getString("position"), EmploymentType.valueOf(doc.getString("employmentType")),
                EmployeeStatus.valueOf(doc.getString("status")), date(doc.getString("hireDate")));
    }

    private EmployeeDetails details(Document doc, LocalDate today) {
        // Ordered by effective date, then by recording order for two changes effective the same day.
        Comparator<Document> byEffectiveDate = Comparator.<Document, String>comparing(d -> d.getString("effectiveDate"))
                .thenComparing(d -> ((Number) d.get("sequence")).longValue());
        List<Document> salaries = doc.getList("salaryHistory", Document.class).stream().sorted(byEffectiveDate)
                .toList();
        List<Document> positions = doc.getList("positionHistory", Document.class).stream().sorted(byEffectiveDate)
                .toList();
        Document current = salaries.stream()
                .filter(s -> s.getString("effectiveDate").compareTo(today.toString()) <= 0)
                .reduce((first, second) -> second).orElse(salaries.get(0));
        return new EmployeeDetails(
                new EmployeeId(doc.getString("_id")), doc.getString("employeeNumber"),
                doc.getString("givenName"), doc.getString("familyName"), doc.getString("email"),
                doc.getString("department"), doc.getString("position"),
                EmploymentType.valueOf(doc.getString("employmentType")), date(doc.getString("contractEndDate")),
                date(doc.getString("hireDate")), EmployeeStatus.valueOf(doc.getString("status")),
                money(current, "monthlySalary"),
                salaries.stream().map(s -> new EmployeeDetails.SalaryEntry(money(s, "monthlySalary"),
                        date(s.getString("effectiveDate")), s.getString("reason"))).toList(),
                positions.stream().map(p -> new EmployeeDetails.PositionEntry(p.getString("department"),
                        p.getString("position"), date(p.getString("effectiveDate")))).toList(),
                doc.getList("reviews", Document.class).stream().map(r -> new EmployeeDetails.ReviewEntry(
                        date(r.getString("reviewDate")), r.getInteger("rating"), r.getString("reviewer"),
                        r.getString("summary"))).toList(),
                doc.getList("benefitPlans", String.class),
                doc.getString("terminationReason") == null ? null
                        : TerminationReason.valueOf(doc.getString("terminationReason")),
                date(doc.getString("lastDay")),
                ((Number) doc.get(LAST_SEQUENCE)).longValue());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
