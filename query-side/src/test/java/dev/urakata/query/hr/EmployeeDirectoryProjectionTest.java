package dev.urakata.query.hr;

import dev.urakata.config.testing.EmbeddedMongo;
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
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee directory on the embedded MongoDB-wire server, including redelivered and replayed events. */
class EmployeeDirectoryProjectionTest {

    static final EmployeeId ID = new EmployeeId("emp-1");
    static final LocalDate HIRED = LocalDate.of(2026, 4, 1);
    /** "Today" for the projection: after the first raise, before the second. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-08-15T09:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private EmployeeDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        projection = new EmployeeDirectoryProjection(mongo.template(), Optional.of(TODAY));
    }

    /** Event n of a history is recorded on day n + 1 of May 2026, at 09:00 UTC. */
    static Instant at(long sequence) {
        return Instant.parse("2026-05-01T09:00:00Z").plusSeconds(86_400 * sequence);
    }

    static EmployeeHiredEvent hired(EmployeeId id, String number, String given, String family, String department) {
        return new EmployeeHiredEvent(id, number, given, family, given.toLowerCase() + "@example.com", department,
                "Clerk", EmploymentType.PERMANENT, null, HIRED, Money.of("350000", "JPY"));
    }

    /** The whole history of one employee, in sequence order. */
    void applyHistory() {
        projection.on(hired(ID, "E-1", "Aiko", "Tanaka", "Operations"), 0, at(0));
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("380000", "JPY"), LocalDate.of(2026, 7, 1),
                "review", Money.of("350000", "JPY")), 1, at(1));
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("400000", "JPY"), LocalDate.of(2026, 10, 1),
                "promotion", Money.of("380000", "JPY")), 2, at(2));
        projection.on(new EmployeePositionChangedEvent(ID, "Logistics", "Lead", LocalDate.of(2026, 10, 1),
                "Operations", "Clerk"), 3, at(3));
        projection.on(new PerformanceReviewRecordedEvent(ID, LocalDate.of(2026, 9, 30), 5, "M. Sato", "Great"), 4, at(4));
        projection.on(new EmployeeEnrolledInBenefitsEvent(ID, "HEALTH", HIRED), 5, at(5));
        projection.on(new EmployeeTerminatedEvent(ID, TerminationReason.RETIREMENT, LocalDate.of(2026, 12, 31),
                null), 6, at(6));
    }

    @Test
    void showsCurrentPositionSalaryInEffectTodayAndTheFullHistory() {
        applyHistory();

        EmployeeDetails details = projection.handle(new FindEmployeeQuery(ID)).orElseThrow();

        assertThat(details.department()).isEqualTo("Logistics");
        assertThat(details.position()).isEqualTo("Lead");
        // The October raise is recorded but not yet in effect on 15 August.
        assertThat(details.currentSalary()).isEqualTo(Money.of("380000", "JPY"));
        assertThat(details.salaryHistory()).extracting(EmployeeDetails.SalaryEntry::monthlySalary)
                .containsExactly(Money.of("350000", "JPY"), Money.of("380000", "JPY"), Money.of("400000", "JPY"));
        assertThat(details.positionHistory()).extracting(EmployeeDetails.PositionEntry::department)
                .containsExactly("Operations", "Logistics");
        assertThat(details.reviews()).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(5));
        assertThat(details.benefitPlans()).containsExactly("HEALTH");
        assertThat(details.status()).isEqualTo(EmployeeStatus.TERMINATED);
        assertThat(details.terminationReason()).isEqualTo(TerminationReason.RETIREMENT);
        assertThat(details.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(details.version()).isEqualTo(6);
        // Salaries are stored as money with a decimal amount, which sums in any MongoDB client.
        assertThat(rawDocument().getList("salaryHistory", Document.class))
                .extracting(entry -> entry.get("monthlySalary", Document.class))
                .allSatisfy(salary -> assertThat(salary).containsOnlyKeys("amount", "currency")
                        .hasEntrySatisfying("amount", amount -> assertThat(amount).isInstanceOf(Decimal128.class)));
    }

    @Test
    void aSalaryRecordedLateForAnEarlierDateIsOrderedByItsEffectiveDate() {
        projection.on(hired(ID, "E-1", "Aiko", "Tanaka", "Operations"), 0, at(0));
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("390000", "JPY"), LocalDate.of(2026, 8, 1),
                null, Money.of("350000", "JPY")), 1, at(1));
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("370000", "JPY"), LocalDate.of(2026, 6, 1),
                "recorded late", Money.of("390000", "JPY")), 2, at(2));

        EmployeeDetails details = projection.handle(new FindEmployeeQuery(ID)).orElseThrow();

        assertThat(details.salaryHistory()).extracting(EmployeeDetails.SalaryEntry::effectiveDate)
                .containsExactly(HIRED, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1));
        assertThat(details.currentSalary()).isEqualTo(Money.of("390000", "JPY"));
    }

    @Test
    void redeliveredEventsLeaveTheDocumentUnchanged() {
        applyHistory();
        Document once = rawDocument();

        // A redelivery of any single event, and a replay of the whole history on top, change nothing.
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("400000", "JPY"), LocalDate.of(2026, 10, 1),
                "promotion", Money.of("380000", "JPY")), 2, at(2));
        projection.on(new EmployeeEnrolledInBenefitsEvent(ID, "HEALTH", HIRED), 5, at(5));
        applyHistory();

        assertThat(rawDocument()).isEqualTo(once);
    }

    @Test
    void aRebuildFromScratchGivesTheSameDocument() {
        applyHistory();
        Document before = rawDocument();

        projection.reset();
        assertThat(projection.handle(new FindEmployeeQuery(ID))).isEmpty();
        applyHistory();

        assertThat(rawDocument()).isEqualTo(before);
    }

    @Test
    void listsFilterPageAndSortByName() {
        projection.on(hired(new EmployeeId("e1"), "1", "Aiko", "Tanaka", "Operations"), 0, at(0));
        projection.on(hired(new EmployeeId("e2"), "2", "Ben", "Abe", "Operations"), 0, at(0));
        projection.on(hired(new EmployeeId("e3"), "3", "Chika", "Mori", "Finance"), 0, at(0));
        projection.on(hired(new EmployeeId("e4"), "4", "Dai", "Ito", "Operations"), 0, at(0));
        projection.on(new EmployeeTerminatedEvent(new EmployeeId("e4"), TerminationReason.RESIGNATION,
                HIRED.plusMonths(1), null), 1, at(1));

        EmployeePage operations = projection.handle(new ListEmployeesQuery("Operations", null, null, null, null, 0, 2));
        assertThat(operations.total()).isEqualTo(3);
        assertThat(operations.items()).extracting(EmployeeSummary::familyName).containsExactly("Abe", "Ito");
        EmployeePage second = projection.handle(new ListEmployeesQuery("Operations", null, null, null, null, 1, 2));
        assertThat(second.items()).extracting(EmployeeSummary::familyName).containsExactly("Tanaka");

        EmployeePage active = projection.handle(new ListEmployeesQuery(null, null, EmployeeStatus.ACTIVE, null, null,
                0, 10));
        assertThat(active.total()).isEqualTo(3);

        EmployeePage byName = projection.handle(new ListEmployeesQuery(null, null, null, null, "MOR", 0, 10));
        assertThat(byName.items()).extracting(EmployeeSummary::givenName).containsExactly("Chika");
        // The name filter is a literal, not a pattern.
        EmployeePage pattern = projection.handle(new ListEmployeesQuery(null, null, null, null, ".*", 0, 10));
        assertThat(pattern.total()).isZero();
    }

    @Test
    void asOfAPastInstantAnswersWhatTheDirectoryShowedThen() {
        applyHistory();

        // On 2 May at noon only the hire and the July raise (recorded on 2 May) were known.
        EmployeeDetails then = projection.handle(new FindEmployeeQuery(ID, Instant.parse("2026-05-02T12:00:00Z")))
                .orElseThrow();
        assertThat(then.salaryHistory()).hasSize(2);
        assertThat(then.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(then.department()).isEqualTo("Operations");
        assertThat(then.currentSalary()).isEqualTo(Money.of("350000", "JPY")); // the raise applied from July
        assertThat(then.version()).isEqualTo(1);
        assertThat(then.positionHistory()).extracting(EmployeeDetails.PositionEntry::department)
                .containsExactly("Operations");
        // Versions leave out the histories that only grow (each would repeat all before it); an as-of read takes
        // the current document's entries up to the version's sequence.
        assertThat(mongo.template().findAll(Document.class, EmployeeDirectoryProjection.VERSIONS))
                .allSatisfy(version -> assertThat(version.get("state", Document.class))
                        .doesNotContainKeys("salaryHistory", "positionHistory"));
        assertThat(projection.handle(new FindEmployeeQuery(ID, Instant.parse("2026-04-30T00:00:00Z")))).isEmpty();
        assertThat(projection.handle(new FindEmployeeQuery(ID, Instant.parse("2026-12-31T00:00:00Z"))).orElseThrow()
                .status()).isEqualTo(EmployeeStatus.TERMINATED);
    }

    @Test
    void anErasureOverwritesNamesEmailAndReviewTextsTodayAndInEveryPastVersion() {
        applyHistory();
        projection.on(hired(new EmployeeId("other"), "E-2", "Ben", "Abe", "Operations"), 0, at(0));

        projection.on(new PersonalDataErasedEvent(new DataSubjectId(ID.value()), "request"));

        EmployeeDetails now = projection.handle(new FindEmployeeQuery(ID)).orElseThrow();
        assertThat(List.of(now.givenName(), now.familyName(), now.email()))
                .containsOnly(PersonalDataFields.ERASED);
        assertThat(now.reviews()).extracting(EmployeeDetails.ReviewEntry::summary)
                .containsOnly(PersonalDataFields.ERASED);
        // Everything that is not personal stays: numbers, positions, amounts, dates.
        assertThat(now.employeeNumber()).isEqualTo("E-1");
        assertThat(now.department()).isEqualTo("Logistics");
        assertThat(now.salaryHistory()).hasSize(3);
        assertThat(now.reviews()).extracting(EmployeeDetails.ReviewEntry::rating).containsExactly(5);
        EmployeeDetails then = projection.handle(new FindEmployeeQuery(ID, Instant.parse("2026-05-02T12:00:00Z")))
                .orElseThrow();
        assertThat(then.givenName()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(mongo.template().findAll(Document.class, EmployeeDirectoryProjection.VERSIONS).stream()
                .filter(v -> v.getString("employeeId").equals(ID.value()))
                .map(v -> v.get("state", Document.class).getString("familyName")))
                .hasSize(7).containsOnly(PersonalDataFields.ERASED);
        assertThat(projection.handle(new FindEmployeeQuery(new EmployeeId("other"))).orElseThrow().givenName())
                .isEqualTo("Ben");
        // A second delivery, or an erasure of somebody who is not an employee, changes nothing.
        projection.on(new PersonalDataErasedEvent(new DataSubjectId(ID.value()), "request"));
        projection.on(new PersonalDataErasedEvent(new DataSubjectId("nobody"), "request"));
        assertThat(projection.handle(new FindEmployeeQuery(ID)).orElseThrow()).isEqualTo(now);
    }

    @Test
    void listsAsOfAPastInstantShowTheDirectoryAsItWasThenFilteredAndPaged() {
        EmployeeId tanaka = new EmployeeId("e1");
        EmployeeId abe = new EmployeeId("e2");
        EmployeeId mori = new EmployeeId("e3");
        EmployeeId ito = new EmployeeId("e4");
        // 1 May: three hires. 2 May: Tanaka moves to Logistics. 3 May: Abe leaves. 4 May: Ito is hired.
        // 5 May: Mori moves from Finance to Operations.
        projection.on(hired(tanaka, "1", "Aiko", "Tanaka", "Operations"), 0, at(0));
        projection.on(hired(abe, "2", "Ben", "Abe", "Operations"), 0, at(0));
        projection.on(hired(mori, "3", "Chika", "Mori", "Finance"), 0, at(0));
        projection.on(new EmployeePositionChangedEvent(tanaka, "Logistics", "Lead", HIRED, "Operations", "Clerk"),
                1, at(1));
        projection.on(new EmployeeTerminatedEvent(abe, TerminationReason.RESIGNATION, HIRED.plusMonths(1), null), 1,
                at(2));
        projection.on(hired(ito, "4", "Dai", "Ito", "Operations"), 0, at(3));
        projection.on(new EmployeePositionChangedEvent(mori, "Operations", "Clerk", HIRED, "Finance", "Clerk"), 1,
                at(4));
        Instant secondMayNoon = Instant.parse("2026-05-02T12:00:00Z");
        Instant thirdMayNoon = Instant.parse("2026-05-03T12:00:00Z");

        EmployeePage then = list(null, null, null, 0, 10, secondMayNoon);
        assertThat(then.total()).isEqualTo(3);
        assertThat(then.items()).extracting(EmployeeSummary::familyName).containsExactly("Abe", "Mori", "Tanaka");
        assertThat(then.items()).extracting(EmployeeSummary::department)
                .containsExactly("Operations", "Finance", "Logistics");
        assertThat(then.items()).extracting(EmployeeSummary::status).containsOnly(EmployeeStatus.ACTIVE);

        // Filters apply to the state at that time, not to today's.
        assertThat(list("Operations", null, null, 0, 10, secondMayNoon).items())
                .extracting(EmployeeSummary::familyName).containsExactly("Abe");
        assertThat(list("Operations", null, null, 0, 10, null).items())
                .extracting(EmployeeSummary::familyName).containsExactly("Abe", "Ito", "Mori");
        assertThat(list(null, EmployeeStatus.ACTIVE, null, 0, 10, secondMayNoon).total()).isEqualTo(3);
        assertThat(list(null, EmployeeStatus.ACTIVE, null, 0, 10, thirdMayNoon).items())
                .extracting(EmployeeSummary::familyName).containsExactly("Mori", "Tanaka");
        assertThat(list(null, EmployeeStatus.TERMINATED, null, 0, 10, thirdMayNoon).items())
                .extracting(EmployeeSummary::familyName).containsExactly("Abe");
        // Ito was hired on 4 May: absent before, present after.
        assertThat(list(null, null, "ITO", 0, 10, thirdMayNoon).total()).isZero();
        assertThat(list(null, null, "ITO", 0, 10, Instant.parse("2026-05-04T12:00:00Z")).items())
                .extracting(EmployeeSummary::employeeId).containsExactly(ito);

        EmployeePage first = list(null, null, null, 0, 2, secondMayNoon);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(EmployeeSummary::familyName).containsExactly("Abe", "Mori");
        EmployeePage second = list(null, null, null, 1, 2, secondMayNoon);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(EmployeeSummary::familyName).containsExactly("Tanaka");

        assertThat(list(null, null, null, 0, 10, Instant.parse("2026-04-30T00:00:00Z")).total()).isZero();
        assertThat(list(null, null, null, 0, 10, Instant.parse("2026-04-30T00:00:00Z")).items()).isEmpty();
        // As of now, the same as the live list.
        assertThat(list(null, null, null, 0, 10, Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo(list(null, null, null, 0, 10, null));
    }

    private EmployeePage list(String department, EmployeeStatus status, String name, int page, int size,
                              Instant asOf) {
        return projection.handle(new ListEmployeesQuery(department, null, status, null, name, page, size, asOf));
    }

    /**
     * The case: hired effective 1 April, recorded only on 4 December, moved to Logistics effective
     * 1 December (recorded 5 December), leaving on 31 December (recorded 6 December).
     */
    @Test
    void inForceOnADayAndAsKnownOnAnotherAreTwoQuestionsThatCompose() {
        LocalDate hiredOn = LocalDate.of(2026, 4, 1);
        Instant recordedHire = Instant.parse("2026-12-04T09:00:00Z");
        projection.on(new EmployeeHiredEvent(ID, "E-1", "Aiko", "Tanaka", "aiko@example.com", "Operations", "Clerk",
                EmploymentType.PERMANENT, null, hiredOn, Money.of("350000", "JPY")), 0, recordedHire);
        projection.on(new EmployeeSalaryChangedEvent(ID, Money.of("380000", "JPY"), LocalDate.of(2026, 10, 1),
                "review", Money.of("350000", "JPY")), 1, recordedHire.plusSeconds(60));
        projection.on(new EmployeePositionChangedEvent(ID, "Logistics", "Lead", LocalDate.of(2026, 12, 1),
                "Operations", "Clerk", "peak season"), 2, Instant.parse("2026-12-05T09:00:00Z"));
        projection.on(new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION, LocalDate.of(2026, 12, 31),
                null), 3, Instant.parse("2026-12-06T09:00:00Z"));
        LocalDate nov20 = LocalDate.of(2026, 11, 20);

        // known on 20 November: nothing (the hire was recorded on 4 December), whatever day is asked about
        assertThat(find(Instant.parse("2026-11-20T23:59:59Z"), null)).isEmpty();
        assertThat(find(Instant.parse("2026-11-20T23:59:59Z"), nov20)).isEmpty();
        // in force on 20 November, as known now: employed, in Operations, on the October salary
        EmployeeDetails inForce = find(null, nov20).orElseThrow();
        assertThat(inForce.department()).isEqualTo("Operations");
        assertThat(inForce.position()).isEqualTo("Clerk");
        assertThat(inForce.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(inForce.currentSalary()).isEqualTo(Money.of("380000", "JPY"));
        assertThat(inForce.positionHistory()).hasSize(1);
        // before the hire date nobody was employed; after the last day, terminated
        assertThat(find(null, LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(find(null, LocalDate.of(2027, 1, 1)).orElseThrow().status()).isEqualTo(EmployeeStatus.TERMINATED);
        // in force on 2 December: the move effective 1 December, as known now ...
        EmployeeDetails december = find(null, LocalDate.of(2026, 12, 2)).orElseThrow();
        assertThat(december.department()).isEqualTo("Logistics");
        assertThat(december.positionHistory().get(1).reason()).isEqualTo("peak season");
        // ... but on 4 December we believed Aiko was still in Operations on that day
        assertThat(find(Instant.parse("2026-12-04T23:59:59Z"), LocalDate.of(2026, 12, 2)).orElseThrow()
                .department()).isEqualTo("Operations");
        // the list answers the same: who was employed, where, on a day
        assertThat(projection.handle(new ListEmployeesQuery("Logistics", null, null, null, null, 0, 10, null,
                LocalDate.of(2026, 12, 2))).items()).extracting(EmployeeSummary::employeeId).containsExactly(ID);
        assertThat(projection.handle(new ListEmployeesQuery("Logistics", null, null, null, null, 0, 10,
                Instant.parse("2026-12-04T23:59:59Z"), LocalDate.of(2026, 12, 2))).total()).isZero();
        assertThat(projection.handle(new ListEmployeesQuery(null, null, null, null, null, 0, 10, null,
                LocalDate.of(2026, 3, 31))).total()).isZero();
        assertThat(projection.handle(new ListEmployeesQuery(null, null, EmployeeStatus.TERMINATED, null, null, 0, 10,
                null, LocalDate.of(2027, 1, 2))).items()).extracting(EmployeeSummary::employeeId).containsExactly(ID);
    }

    private Optional<EmployeeDetails> find(Instant asOf, LocalDate effectiveOn) {
        return projection.handle(new FindEmployeeQuery(ID, asOf, effectiveOn));
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        assertThat(projection.handle(new FindEmployeeQuery(new EmployeeId("nobody")))).isEmpty();
        assertThat(projection.handle(new ListEmployeesQuery(null, null, null, null, null, 0, 10)).items()).isEmpty();
    }

    private Document rawDocument() {
        List<Document> all = mongo.template().findAll(Document.class, EmployeeDirectoryProjection.COLLECTION);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
