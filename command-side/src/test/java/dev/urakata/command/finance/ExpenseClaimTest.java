package dev.urakata.command.finance;

import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.ApproveExpenseClaimCommand;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.ExpenseClaimRejectedEvent;
import dev.urakata.shared.finance.ExpenseClaimSubmittedEvent;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.ReimburseExpenseClaimCommand;
import dev.urakata.shared.finance.RejectExpenseClaimCommand;
import dev.urakata.shared.finance.SubmitExpenseClaimCommand;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command of an expense claim, accepted and refused, including the four-eyes rule. */
class ExpenseClaimTest {

    static final ExpenseClaimId ID = new ExpenseClaimId("claim-1");
    static final Money TAXI = Money.of("4200", "JPY");
    static final LocalDate SPENT = LocalDate.of(2026, 4, 3);
    static final Map<String, String> STAFF = Map.of(MetadataKeys.USER, "staff1");
    static final Map<String, String> MANAGER = Map.of(MetadataKeys.USER, "manager");

    private AggregateTestFixture<ExpenseClaim> fixture;

    @BeforeEach
    void setUp() {
        UniqueKeys numbers = TestUniqueKeys.create();
        numbers.claim(UniqueKeys.EMPLOYEE_NUMBER, "staff1", "emp-staff1", HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        fixture = new AggregateTestFixture<>(ExpenseClaim.class);
        fixture.registerInjectableResource(numbers);
    }

    static ExpenseClaimSubmittedEvent submitted() {
        return new ExpenseClaimSubmittedEvent(ID, "staff1", "Sales", TAXI, SPENT, "TRAVEL", "Taxi to client",
                "staff1", "emp-staff1");
    }

    @Test
    void anEmployeeSubmitsAClaim() {
        fixture.givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(ID, "staff1", "Sales", TAXI, SPENT, "TRAVEL", "Taxi to client"),
                        STAFF)
                .expectEvents(submitted());
    }

    /** The free text is about the employee: their id is its data subject, or the number when no employee has it. */
    @Test
    void theClaimsTextIsAboutTheEmployeeWithThatNumber() {
        fixture.givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(ID, "X-9", "Sales", TAXI, SPENT, "TRAVEL", "Taxi"), STAFF)
                .expectEvents(new ExpenseClaimSubmittedEvent(ID, "X-9", "Sales", TAXI, SPENT, "TRAVEL", "Taxi",
                        "staff1", "X-9"));
        // a claim submitted before the field existed: its number stands for the employee
        fixture.given(new ExpenseClaimSubmittedEvent(ID, "staff1", "Sales", TAXI, SPENT, "TRAVEL", "Taxi", "staff1",
                        null))
                .when(new RejectExpenseClaimCommand(ID, "no receipt"), MANAGER)
                .expectEvents(new ExpenseClaimRejectedEvent(ID, "manager", "no receipt", "staff1"));
    }

    @Test
    void refusesANonPositiveAmountOrABadCategory() {
        fixture.givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(ID, "staff1", "Sales", Money.of("0", "JPY"), SPENT, "TRAVEL",
                        "x"), STAFF)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(ID, "staff1", "Sales", TAXI, SPENT, "travel!", "x"), STAFF)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void anotherPersonApprovesButTheSubmitterMayNot() {
        fixture.given(submitted()).when(new ApproveExpenseClaimCommand(ID), MANAGER)
                .expectEvents(new ExpenseClaimApprovedEvent(ID, "manager", "Sales", TAXI, SPENT));
        fixture.given(submitted()).when(new ApproveExpenseClaimCommand(ID), STAFF)
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
        fixture.given(submitted()).when(new RejectExpenseClaimCommand(ID, "mine"), STAFF)
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
    }

    @Test
    void aRejectedClaimIsNeitherApprovedNorReimbursed() {
        fixture.given(submitted()).when(new RejectExpenseClaimCommand(ID, "no receipt"), MANAGER)
                .expectEvents(new ExpenseClaimRejectedEvent(ID, "manager", "no receipt", "emp-staff1"));
        fixture.given(submitted(), new ExpenseClaimRejectedEvent(ID, "manager", "no receipt", "emp-staff1"))
                .when(new ApproveExpenseClaimCommand(ID), MANAGER)
                .expectException(refusedWith(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(submitted(), new ExpenseClaimRejectedEvent(ID, "manager", "no receipt", "emp-staff1"))
                .when(new ReimburseExpenseClaimCommand(ID, SPENT))
                .expectException(refusedWith(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT)).expectNoEvents();
    }

    @Test
    void financeReimbursesAnApprovedClaimOnce() {
        ExpenseClaimApprovedEvent approved = new ExpenseClaimApprovedEvent(ID, "manager", "Sales", TAXI, SPENT);
        fixture.given(submitted(), approved).when(new ReimburseExpenseClaimCommand(ID, LocalDate.of(2026, 4, 25)))
                .expectEvents(new ExpenseClaimReimbursedEvent(ID, TAXI, LocalDate.of(2026, 4, 25)));
        fixture.given(submitted()).when(new ReimburseExpenseClaimCommand(ID, LocalDate.of(2026, 4, 25)))
                .expectException(refusedWith(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(submitted(), approved, new ExpenseClaimReimbursedEvent(ID, TAXI, LocalDate.of(2026, 4, 25)))
                .when(new ReimburseExpenseClaimCommand(ID, LocalDate.of(2026, 4, 26)))
                .expectException(refusedWith(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(submitted(), approved).when(new ReimburseExpenseClaimCommand(ID, SPENT.minusDays(1)))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
