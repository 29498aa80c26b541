package dev.urakata.command.hr;

import dev.urakata.command.support.TestAggregateKinds;
import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.ChangeEmployeePositionCommand;
import dev.urakata.shared.hr.ChangeEmployeeSalaryCommand;
import dev.urakata.shared.hr.EmployeeEnrolledInBenefitsEvent;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.EnrolEmployeeInBenefitsCommand;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.RecordPerformanceReviewCommand;
import dev.urakata.shared.hr.TerminateEmployeeCommand;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

import java.time.LocalDate;


/** Every command path of the Employee aggregate, accepted and refused. */
class EmployeeTest {

    static final EmployeeId ID = new EmployeeId("emp-1");
    static final LocalDate HIRED = LocalDate.of(2026, 4, 1);
    static final Money SALARY = Money.of("350000", "JPY");

    private UniqueKeys numbers;
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        numbers = TestUniqueKeys.create();
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(TestAggregateKinds.empty());
    }


    static HireEmployeeCommand hire(String number) {
        return new HireEmployeeCommand(ID, number, " Aiko ", "Tanaka", "aiko@example.com", "Operations", "Clerk",
                EmploymentType.PERMANENT, null, HIRED, SALARY);
    }

    static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ID, "E-1", "Aiko", "Tanaka", "aiko@example.com", "Operations", "Clerk",
                EmploymentType.PERMANENT, null, HIRED, SALARY);
    }

    static EmployeeTerminatedEvent terminated() {
        return new EmployeeTerminatedEvent(ID, TerminationReason.RESIGNATION, LocalDate.of(2026, 12, 31), null);
    }

    @Nested
    class Hiring {
        @Test
        void hiresWithTrimmedNamesAndClaimsTheNumber() {
            fixture.givenNoPriorActivity()
                    .when(hire(" E-1 "))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(hired());
            // The number is now taken for any other employee.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> numbers.claim(Employee.EMPLOYEE_NUMBER, "E-1",
                            "emp-2", HrErrors.DUPLICATE_EMPLOYEE_NUMBER))
                    .isInstanceOf(DomainException.class);
        }

        @Test
        void refusesANumberAnotherEmployeeHolds() {
            numbers.claim(Employee.EMPLOYEE_NUMBER, "E-1", "emp-0", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
            fixture.givenNoPriorActivity()
                    .when(hire("E-1"))
                    .expectException(refusedWith(HrErrors.DUPLICATE_EMPLOYEE_NUMBER))
                    .expectNoEvents();
        }

        @Test
        void aTemporaryEmploymentNeedsAContractEndNotBeforeTheHire() {
            HireEmployeeCommand noEnd = new HireEmployeeCommand(ID, "T-1", "A", "B", "a@b.c", "Ops", "Picker",
                    EmploymentType.TEMPORARY, null, HIRED, SALARY);
            fixture.givenNoPriorActivity().when(noEnd)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            HireEmployeeCommand endsBefore = new HireEmployeeCommand(ID, "T-1", "A", "B", "a@b.c", "Ops", "Picker",
                    EmploymentType.TEMPORARY, HIRED.minusDays(1), HIRED, SALARY);
            fixture.givenNoPriorActivity().when(endsBefore)
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            HireEmployeeCommand seasonal = new HireEmployeeCommand(ID, "T-1", "A", "B", "a@b.c", "Ops", "Picker",
                    EmploymentType.TEMPORARY, LocalDate.of(2026, 8, 31), HIRED, SALARY);
            fixture.givenNoPriorActivity().when(seasonal).expectSuccessfulHandlerExecution()
                    .expectEvents(new EmployeeHiredEvent(ID, "T-1", "A", "B", "a@b.c", "Ops", "Picker",
                            EmploymentType.TEMPORARY, LocalDate.of(2026, 8, 31), HIRED, SALARY));
        }

        @Test
        void refusesANumberOrAnEmailAddressThatTheApiWouldHaveRefused() {
            // A command may come from elsewhere than the API (another application over Axon Server, a policy): the
            // aggregate holds the same rules as the request's checks.
            for (String number : new String[] {"", " ", "E 1", "E/1", "社員1", "E".repeat(33)}) {
                fixture.givenNoPriorActivity().when(hire(number))
                        .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            }
            for (String email : new String[] {"aiko", "aiko@", "@example.com", "ai ko@example.com", "a@b@c",
                    "a@" + "b".repeat(253)}) {
                fixture.givenNoPriorActivity()
                        .when(new HireEmployeeCommand(ID, "E-1", "Aiko", "Tanaka", email, "Operations", "Clerk",
                                EmploymentType.PERMANENT, null, HIRED, SALARY))
                        .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            }
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "E-1", "Aiko", "Tanaka", " aiko@example.com ", "Operations",
                            "Clerk", EmploymentType.PERMANENT, null, HIRED, SALARY))
                    .expectEvents(hired());
        }

        @Test
        void aPermanentEmploymentHasNoContractEnd() {
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "P-1", "A", "B", "a@b.c", "Ops", "Clerk",
                            EmploymentType.PERMANENT, HIRED.plusYears(1), HIRED, SALARY))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void refusesMissingFieldsAndANonPositiveSalary() {
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "P-2", " ", "B", "a@b.c", "Ops", "Clerk",
                            EmploymentType.PERMANENT, null, HIRED, SALARY))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "P-2", "A", "B", "a@b.c", "Ops", "Clerk",
                            EmploymentType.PERMANENT, null, null, SALARY))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "P-2", "A", "B", "a@b.c", "Ops", "Clerk",
                            EmploymentType.PERMANENT, null, HIRED, Money.of("0", "JPY")))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }

        /** Its budgets would be ts-emp-1-2026-04 and so on: employee emp-1's timesheets. */
        @Test
        void refusesADepartmentWhoseBudgetsWouldBeTimesheets() {
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand(ID, "P-3", "A", "B", "a@b.c", "ts-emp-1", "Clerk",
                            EmploymentType.PERMANENT, null, HIRED, SALARY))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, "ts-emp-1", "Lead", LocalDate.of(2026, 7, 1), null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class ChangingPosition {
        @Test
        void recordsTheNewAndThePreviousPosition() {
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, " Logistics ", "Lead", LocalDate.of(2026, 7, 1), null))
                    .expectEvents(new EmployeePositionChangedEvent(ID, "Logistics", "Lead", LocalDate.of(2026, 7, 1),
                            "Operations", "Clerk"));
        }

        @Test
        void recordsTheReasonWhenOneIsGiven() {
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, "Logistics", "Lead", LocalDate.of(2026, 7, 1),
                            " Led the peak season team "))
                    .expectEvents(new EmployeePositionChangedEvent(ID, "Logistics", "Lead", LocalDate.of(2026, 7, 1),
                            "Operations", "Clerk", "Led the peak season team"));
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, "Logistics", "Lead", LocalDate.of(2026, 7, 1), " "))
                    .expectEvents(new EmployeePositionChangedEvent(ID, "Logistics", "Lead", LocalDate.of(2026, 7, 1),
                            "Operations", "Clerk", null));
        }

        @Test
        void refusesTheSamePositionAnEffectiveDateBeforeTheHireAndATerminatedEmployee() {
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, "Operations", "Clerk", HIRED, null))
                    .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeePositionCommand(ID, "Logistics", "Lead", HIRED.minusDays(1), null))
                    .expectException(refusedWith(HrErrors.EFFECTIVE_BEFORE_HIRE)).expectNoEvents();
            fixture.given(hired(), terminated())
                    .when(new ChangeEmployeePositionCommand(ID, "Logistics", "Lead", HIRED, null))
                    .expectException(refusedWith(HrErrors.EMPLOYEE_TERMINATED)).expectNoEvents();
        }
    }

    @Nested
    class ChangingSalary {
        static final LocalDate APRIL = LocalDate.of(2027, 4, 1);

        @Test
        void recordsTheNewSalaryWithItsEffectiveDateAndThePreviousOne() {
            Money raise = Money.of("380000", "JPY");
            fixture.given(hired())
                    .when(new ChangeEmployeeSalaryCommand(ID, raise, APRIL, "annual review"))
                    .expectEvents(new EmployeeSalaryChangedEvent(ID, raise, APRIL, "annual review", SALARY));
        }

        @Test
        void aSecondChangeNamesTheFirstAsPrevious() {
            Money first = Money.of("380000", "JPY");
            Money second = Money.of("390000", "JPY");
            fixture.given(hired(), new EmployeeSalaryChangedEvent(ID, first, APRIL, null, SALARY))
                    .when(new ChangeEmployeeSalaryCommand(ID, second, APRIL.plusMonths(6), null))
                    .expectEvents(new EmployeeSalaryChangedEvent(ID, second, APRIL.plusMonths(6), null, first));
        }

        @Test
        void refusesAfterTerminationAnotherCurrencyNoChangeAndDatesBeforeTheHire() {
            fixture.given(hired(), terminated())
                    .when(new ChangeEmployeeSalaryCommand(ID, Money.of("400000", "JPY"), APRIL, null))
                    .expectException(refusedWith(HrErrors.EMPLOYEE_TERMINATED)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeeSalaryCommand(ID, Money.of("4000.00", "EUR"), APRIL, null))
                    .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeeSalaryCommand(ID, SALARY, APRIL, null))
                    .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeeSalaryCommand(ID, Money.of("1", "JPY"), HIRED.minusDays(1), null))
                    .expectException(refusedWith(HrErrors.EFFECTIVE_BEFORE_HIRE)).expectNoEvents();
            fixture.given(hired())
                    .when(new ChangeEmployeeSalaryCommand(ID, Money.of("-1", "JPY"), APRIL, null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }

    @Nested
    class ReviewsAndBenefits {
        @Test
        void recordsAReview() {
            LocalDate date = LocalDate.of(2026, 9, 30);
            fixture.given(hired())
                    .when(new RecordPerformanceReviewCommand(ID, date, 4, "M. Sato", "Reliable"))
                    .expectEvents(new PerformanceReviewRecordedEvent(ID, date, 4, "M. Sato", "Reliable"));
        }

        @Test
        void refusesARatingOutsideOneToFiveAndAReviewBeforeTheHire() {
            fixture.given(hired())
                    .when(new RecordPerformanceReviewCommand(ID, HIRED, 6, "M. Sato", null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
            fixture.given(hired())
                    .when(new RecordPerformanceReviewCommand(ID, HIRED.minusDays(1), 3, "M. Sato", null))
                    .expectException(refusedWith(HrErrors.EFFECTIVE_BEFORE_HIRE)).expectNoEvents();
            fixture.given(hired(), terminated())
                    .when(new RecordPerformanceReviewCommand(ID, HIRED, 3, "M. Sato", null))
                    .expectException(refusedWith(HrErrors.EMPLOYEE_TERMINATED)).expectNoEvents();
        }

        @Test
        void enrolsOncePerPlan() {
            fixture.given(hired())
                    .when(new EnrolEmployeeInBenefitsCommand(ID, "HEALTH", HIRED))
                    .expectEvents(new EmployeeEnrolledInBenefitsEvent(ID, "HEALTH", HIRED));
            fixture.given(hired(), new EmployeeEnrolledInBenefitsEvent(ID, "HEALTH", HIRED))
                    .when(new EnrolEmployeeInBenefitsCommand(ID, "HEALTH", HIRED.plusMonths(1)))
                    .expectException(refusedWith(HrErrors.ALREADY_ENROLLED)).expectNoEvents();
            fixture.given(hired(), new EmployeeEnrolledInBenefitsEvent(ID, "HEALTH", HIRED))
                    .when(new EnrolEmployeeInBenefitsCommand(ID, "PENSION", HIRED))
                    .expectEvents(new EmployeeEnrolledInBenefitsEvent(ID, "PENSION", HIRED));
            fixture.given(hired(), terminated())
                    .when(new EnrolEmployeeInBenefitsCommand(ID, "PENSION", HIRED))
                    .expectException(refusedWith(HrErrors.EMPLOYEE_TERMINATED)).expectNoEvents();
        }
    }

    @Nested
    class Terminating {
        @Test
        void terminatesOnALastDayFromTheHireDateOn() {
            fixture.given(hired())
                    .when(new TerminateEmployeeCommand(ID, TerminationReason.END_OF_CONTRACT, HIRED, "day one"))
                    .expectEvents(new EmployeeTerminatedEvent(ID, TerminationReason.END_OF_CONTRACT, HIRED, "day one"));
        }

        @Test
        void refusesALastDayBeforeTheHireATerminationTwiceAndMissingFields() {
            fixture.given(hired())
                    .when(new TerminateEmployeeCommand(ID, TerminationReason.DISMISSAL, HIRED.minusDays(1), null))
                    .expectException(refusedWith(HrErrors.TERMINATION_BEFORE_HIRE)).expectNoEvents();
            fixture.given(hired(), terminated())
                    .when(new TerminateEmployeeCommand(ID, TerminationReason.DISMISSAL, HIRED, null))
                    .expectException(refusedWith(HrErrors.EMPLOYEE_TERMINATED)).expectNoEvents();
            fixture.given(hired())
                    .when(new TerminateEmployeeCommand(ID, null, HIRED, null))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        }
    }
}
