package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.query.readmodel.DocumentIds;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.FindLeaveBalanceQuery;
import dev.urakata.shared.workforce.LeaveAccountClosedEvent;
import dev.urakata.shared.workforce.LeaveAccountOpenedEvent;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveBalance;
import dev.urakata.shared.workforce.VacationAccruedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Leave balances: one document per employee with the yearly quota, days accrued, vacation taken and the balance.
 *
 * <p>Accrued and taken are running totals, so each document remembers the sequence number of the last event applied
 * and ignores one it has seen: a redelivered accrual is not counted twice. Events of one account arrive in order.
 */
@Component
@ProcessingGroup(LeaveBalanceProjection.PROCESSING_GROUP)
public class LeaveBalanceProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-leave-balances";
    static final String COLLECTION = "workforce_leave_balances";
    /** Vacation taken before the first approved leave: zero days at the scale days are counted in. */
    private static final BigDecimal NO_DAYS = new BigDecimal("0.00");

    public LeaveBalanceProjection(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    @EventHandler
    void on(LeaveAccountOpenedEvent event, @SequenceNumber long sequence) {
        if (DocumentIds.exists(mongo, COLLECTION, event.employeeId().value())) {
            return; // a redelivery: the account has been counting since
        }
        mongo.insert(new LeaveBalanceDocument(event.employeeId().value(), event.employeeNumber(),
                event.annualVacationDays(), event.openingBalance(), NO_DAYS, event.openingBalance(),
                event.monthsCredited() == 0 ? null
                        : YearMonth.from(event.hireDate()).plusMonths(event.monthsCredited() - 1L),
                false, sequence), COLLECTION);
    }

    @EventHandler
    void on(VacationAccruedEvent event, @SequenceNumber long sequence) {
        LeaveBalanceDocument current = unseen(event.employeeId(), sequence);
        if (current != null) {
            applyOnce(COLLECTION, event.employeeId(), sequence, new Update()
                    .set("accrued", current.accrued().add(event.days()))
                    .set("balance", event.balanceAfter())
                    .set("lastAccruedMonth", event.month()));
        }
    }

    @EventHandler
    void on(LeaveApprovedEvent event, @SequenceNumber long sequence) {
        LeaveBalanceDocument current = unseen(event.employeeId(), sequence);
        if (current != null) {
            applyOnce(COLLECTION, event.employeeId(), sequence, new Update()
                    .set("taken", current.taken().add(event.deductedDays()))
                    .set("balance", event.balanceAfter()));
        }
    }

    @EventHandler
    void on(LeaveAccountClosedEvent event, @SequenceNumber long sequence) {
        applyOnce(COLLECTION, event.employeeId(), sequence, new Update().set("closed", true));
    }

    @QueryHandler
    Optional<LeaveBalance> handle(FindLeaveBalanceQuery query) {
        return Optional.ofNullable(mongo.findById(query.employeeId().value(), LeaveBalanceDocument.class, COLLECTION))
                .map(doc -> new LeaveBalance(query.employeeId(), doc.annualVacationDays(), doc.accrued(),
                        doc.taken(), doc.balance(), doc.lastAccruedMonth(), doc.closed()));
    }

    /** The employee with this employee number (how a user with role EMPLOYEE is matched to their own records). */
    public Optional<EmployeeId> employeeWithNumber(String employeeNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("employeeNumber").is(employeeNumber)),
                LeaveBalanceDocument.class, COLLECTION)).map(doc -> new EmployeeId(doc.id()));
    }

    /** The document, if it has not seen this event yet: an accrual or approval adds to its running total. */
    private LeaveBalanceDocument unseen(EmployeeId employeeId, long sequence) {
        LeaveBalanceDocument current = mongo.findById(employeeId.value(), LeaveBalanceDocument.class, COLLECTION);
        return current != null && current.lastSequence() < sequence ? current : null;
    }
}
