package dev.urakata.command.finance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
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
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One expense claim: an employee submits it, a manager other than the submitter approves or rejects it, finance
 * reimburses an approved one.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class ExpenseClaim {

    /** Where a claim is; only this aggregate needs it. */
    enum Status { SUBMITTED, APPROVED, REJECTED, REIMBURSED }

    @AggregateIdentifier
    private ExpenseClaimId claimId;
    private Status status;
    private String submittedBy;
    private String department;
    private String employeeId;
    private Money amount;
    private LocalDate expenseDate;

    ExpenseClaim() {
        // for Axon
    }

    @CommandHandler
    ExpenseClaim(SubmitExpenseClaimCommand command, @MetaDataValue(MetadataKeys.USER) String user,
                 UniqueKeys uniqueKeys) {
        require(command.claimId() != null, "claimId is required");
        require(command.employeeNumber() != null && !command.employeeNumber().isBlank(), "employeeNumber is required");
        require(command.department() != null && !command.department().isBlank()
                && command.department().length() <= 100, "department is required (at most 100 characters)");
        AggregateKinds.requireDepartment(command.department());
        require(command.amount() != null && command.amount().isPositive(), "amount must be positive");
        require(command.expenseDate() != null, "expenseDate is required");
        require(command.category() != null && command.category().matches("[A-Z_]{1,32}"),
                "category must be an upper-case code such as TRAVEL");
        require(command.description() != null && !command.description().isBlank()
                && command.description().length() <= 500, "description is required (at most 500 characters)");
        apply(new ExpenseClaimSubmittedEvent(command.claimId(), command.employeeNumber(), command.department().strip(),
                command.amount(), command.expenseDate(), command.category(), command.description().strip(), user,
                uniqueKeys.subjectOfEmployeeNumber(command.employeeNumber())));
    }

    @CommandHandler
    void handle(ApproveExpenseClaimCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireSubmitted("approved");
        requireSecondPairOfEyes(user);
        apply(new ExpenseClaimApprovedEvent(claimId, user, department, amount, expenseDate));
    }

    @CommandHandler
    void handle(RejectExpenseClaimCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireSubmitted("rejected");
        requireSecondPairOfEyes(user);
        requireText(command.reason(), 500, "reason");
        apply(new ExpenseClaimRejectedEvent(claimId, user, command.reason().strip(), employeeId));
    }

    @CommandHandler
    void handle(ReimburseExpenseClaimCommand command) {
        if (status != Status.APPROVED) {
            throw new DomainException(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT,
                    "Expense claim " + claimId + " is " + status + "; only an approved claim is reimbursed");
        }
        require(command.paidOn() != null, "paidOn is required");
        require(!command.paidOn().isBefore(expenseDate), "paidOn may not lie before the expense date");
        apply(new ExpenseClaimReimbursedEvent(claimId, amount, command.paidOn()));
    }

    @EventSourcingHandler
    void on(ExpenseClaimSubmittedEvent event) {
        claimId = event.claimId();
        status = Status.SUBMITTED;
        submittedBy = event.submittedBy();
        department = event.department();
        amount = event.amount();
        expenseDate = event.expenseDate();
        // claims submitted before the field existed: the number stands for the employee
        employeeId = event.employeeId() != null ? event.employeeId() : event.employeeNumber();
    }

    @EventSourcingHandler
    void on(ExpenseClaimApprovedEvent event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(ExpenseClaimRejectedEvent event) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(ExpenseClaimReimbursedEvent event) {
        status = Status.REIMBURSED;
    }

    private void requireSubmitted(String action) {
        if (status != Status.SUBMITTED) {
            throw new DomainException(FinanceErrors.EXPENSE_CLAIM_STATUS_CONFLICT,
                    "Expense claim " + claimId + " is " + status + " and cannot be " + action);
        }
    }

    private void requireSecondPairOfEyes(String user) {
        if (user == null || user.isBlank() || user.equals(submittedBy)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "Expense claim " + claimId + " was submitted by " + submittedBy
                            + " and must be decided by someone else");
        }
    }
}
