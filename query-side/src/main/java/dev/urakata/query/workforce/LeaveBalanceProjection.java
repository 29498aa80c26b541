package dev.urakata.query.workforce;

import dev.urakata.config.processing.MongoProjection;
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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import static dev.urakata.config.processing.StoredNumbers.decimal;

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
        mongo.upsert(byId(event.employeeId()), new Update()
                .setOnInsert("employeeNumber", event.employeeNumber())
                .setOnInsert("annualVacationDays", decimal(event.annualVacationDays()))
                .setOnInsert("accrued", decimal(event.openingBalance()))
                .setOnInsert("taken", decimal(NO_DAYS))
                .setOnInsert("balance", decimal(event.openingBalance()))
                .setOnInsert("lastAccruedMonth", event.monthsCredited() == 0 ? null
                        : YearMonth.from(event.hireDate()).plusMonths(event.monthsCredited() - 1L).toString())
                .setOnInsert("closed", false)
                .setOnInsert(LAST_SEQUENCE, sequence), COLLECTION);
    }

    @EventHandler
    void on(VacationAccruedEvent event, @SequenceNumber long sequence) {
        Document current = unseen(event.employeeId(), sequence);
        if (current != null) {
            mongo.updateFirst(byId(event.employeeId()), new Update()
                    .set("accrued", decimal(decimal(current, "accrued").add(event.days())))
                    .set("balance", decimal(event.balanceAfter()))
                    .set("lastAccruedMonth", event.month().toString())
                    .set(LAST_SEQUENCE, sequence), COLLECTION);
        }
    }

    @EventHandler
    void on(LeaveApprovedEvent event, @SequenceNumber long sequence) {
        Document current = unseen(event.employeeId(), sequence);
        if (current != null) {
            mongo.updateFirst(byId(event.employeeId()), new Update()
                    .set("taken", decimal(decimal(current, "taken").add(event.deductedDays())))
                    .set("balance", decimal(event.balanceAfter()))
                    .set(LAST_SEQUENCE, sequence), COLLECTION);
        }
    }

    @EventHandler
    void on(LeaveAccountClosedEvent event, @SequenceNumber long sequence) {
        if (unseen(event.employeeId(), sequence) != null) {
            mongo.updateFirst(byId(event.employeeId()), new Update().set("closed", true)
                    .set(LAST_SEQUENCE, sequence), COLLECTION);
        }
    }

    @QueryHandler
    Optional<LeaveBalance> handle(FindLeaveBalanceQuery query) {
        return Optional.ofNullable(mongo.findById(query.employeeId().value(), Document.class, COLLECTION))
                .map(doc -> new LeaveBalance(query.employeeId(), decimal(doc, "annualVacationDays"),
                        decimal(doc, "accrued"), decimal(doc, "taken"), decimal(doc, "balance"),
                        doc.getString("lastAccruedMonth") == null ? null
                                : YearMonth.parse(doc.getString("lastAccruedMonth")),
                        doc.getBoolean("closed", false)));
    }

    /** The employee with this employee number (how a user with role EMPLOYEE is matched to their own records). */
    public Optional<EmployeeId> employeeWithNumber(String employeeNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("employeeNumber").is(employeeNumber)),
                Document.class, COLLECTION)).map(doc -> new EmployeeId(doc.getString("_id")));
    }

    /** The document, if it has not seen this event yet. */
    private Document unseen(EmployeeId employeeId, long sequence) {
        Document current = mongo.findById(employeeId.value(), Document.class, COLLECTION);
        return current != null && ((Number) current.get(LAST_SEQUENCE)).longValue() < sequence ? current : null;
    }

}
