package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimDetails;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.ExpenseClaimReimbursedEvent;
import dev.urakata.shared.finance.ExpenseClaimRejectedEvent;
import dev.urakata.shared.finance.ExpenseClaimSubmittedEvent;
import dev.urakata.shared.finance.FindExpenseClaimQuery;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Expense claims, one {@link ExpenseClaimDocument} per claim with where it is. Every handler sets fields (an upsert
 * keyed by the claim id) and never adds to them, so a redelivered event leaves the same document.
 */
@Component
@ProcessingGroup(ExpenseClaimProjection.PROCESSING_GROUP)
public class ExpenseClaimProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-expense-claims";
    public static final String CLAIMS = "finance_expense_claims";

    public ExpenseClaimProjection(MongoTemplate mongo) {
        super(mongo, CLAIMS);
    }

    @EventHandler
    void on(ExpenseClaimSubmittedEvent event) {
        update(event.claimId(), new Update().set("employeeNumber", event.employeeNumber())
                .set("employeeId", event.employeeId() != null ? event.employeeId() : event.employeeNumber())
                .set("department", event.department())
                .set("amount", event.amount())
                .set("expenseDate", event.expenseDate())
                .set("category", event.category())
                .set("description", event.description())
                .set("submittedBy", event.submittedBy())
                .setOnInsert("status", "SUBMITTED"));
    }

    @EventHandler
    void on(ExpenseClaimApprovedEvent event) {
        update(event.claimId(), new Update().set("decidedBy", event.approvedBy()).set("status", "APPROVED"));
    }

    @EventHandler
    void on(ExpenseClaimRejectedEvent event) {
        update(event.claimId(), new Update().set("decidedBy", event.rejectedBy()).set("status", "REJECTED")
                .set("rejectionReason", event.reason()));
    }

    @EventHandler
    void on(ExpenseClaimReimbursedEvent event) {
        update(event.claimId(), new Update().set("paidOn", event.paidOn()).set("status", "REIMBURSED"));
    }

    /** A claim's description and rejection reason are free text about the employee: erased with them. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (String text : List.of("description", "rejectionReason")) {
            mongo.updateMulti(Query.query(Criteria.where("employeeId").is(event.subjectId().value())
                    .and(text).ne(null)), Update.update(text, PersonalDataFields.ERASED), CLAIMS);
        }
    }

    @QueryHandler
    Optional<ExpenseClaimDetails> handle(FindExpenseClaimQuery query) {
        ExpenseClaimDocument claim = mongo.findById(query.claimId().value(), ExpenseClaimDocument.class, CLAIMS);
        if (claim == null || claim.amount() == null) { // none, or only a decision whose submission is not in yet
            return Optional.empty();
        }
        return Optional.of(new ExpenseClaimDetails(query.claimId(), claim.employeeNumber(), claim.department(),
                claim.amount(), claim.expenseDate(), claim.category(), claim.description(), claim.status(),
                claim.submittedBy(), claim.decidedBy(), claim.rejectionReason(), claim.paidOn()));
    }

    private void update(ExpenseClaimId claimId, Update update) {
        mongo.upsert(byId(claimId), update, CLAIMS);
    }
}
