package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's view of employments, on the embedded MongoDB-wire server. */
class WorkforceEmployeesTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final WorkforceEmployees view = new WorkforceEmployees(mongo.template());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aTemporaryEmploymentEndsWithItsContractOrAnEarlierTermination() {
        EmployeeId id = new EmployeeId("temp-1");
        view.on(new EmployeeHiredEvent(id, "T-1", "Kenji", "Ono", "k@example.com", "Store", "Clerk",
                EmploymentType.TEMPORARY, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 6, 1),
                Money.of("200000", "JPY")));

        WorkforceEmployees.Employment employment = view.find(id).orElseThrow();
        assertThat(employment.lastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(employment.covers(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(employment.covers(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(employment.covers(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(view.findByNumber("T-1")).contains(employment);

        view.on(new EmployeeTerminatedEvent(id, TerminationReason.RESIGNATION, LocalDate.of(2026, 7, 15), null));
        assertThat(view.find(id).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void aPermanentEmploymentIsOpenEndedUntilTerminated() {
        EmployeeId id = new EmployeeId("perm-1");
        view.on(new EmployeeHiredEvent(id, "P-1", "Mai", "Abe", "m@example.com", "Store", "Clerk",
                EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1), Money.of("300000", "JPY")));
        assertThat(view.find(id).orElseThrow().covers(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(view.find(new EmployeeId("nobody"))).isEmpty();
        assertThat(view.findByNumber("nobody")).isEmpty();
    }
}
