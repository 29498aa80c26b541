package dev.urakata.command.payroll;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.payroll.EmployeeEnrolledInPayrollEvent;
import dev.urakata.shared.payroll.EnrolInPayrollCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

/** Payroll enrolment: once per employee, from a first month; enrolling again changes nothing. */
class PayrollEnrolmentTest {

    static final EmployeeId ID = new EmployeeId("emp-5");

    private AggregateTestFixture<PayrollEnrolment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PayrollEnrolment.class);
    }

    @Test
    void enrolsFromTheFirstMonth() {
        fixture.givenNoPriorActivity()
                .when(new EnrolInPayrollCommand(ID, YearMonth.of(2026, 4)))
                .expectEvents(new EmployeeEnrolledInPayrollEvent(ID, YearMonth.of(2026, 4)));
    }

    @Test
    void enrollingAgainRecordsNothing() {
        fixture.given(new EmployeeEnrolledInPayrollEvent(ID, YearMonth.of(2026, 4)))
                .when(new EnrolInPayrollCommand(ID, YearMonth.of(2026, 5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFirstMonthIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new EnrolInPayrollCommand(ID, null))
                .expectException(DomainException.class)
                .expectNoEvents();
    }
}
