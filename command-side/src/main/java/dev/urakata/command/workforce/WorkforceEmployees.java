package dev.urakata.command.workforce;

import dev.urakata.config.processing.MongoProjection;
import dev.urakata.config.security.SignInBindings;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The command side's view of who may be scheduled when, fed by HR events: each employee's number, first day, and
 * last day (the end of a temporary contract, or the last day of a terminated employment).
 *
 * <p>A tracking-processor view, so it lags the event store by a moment: an employee hired a second ago may not be
 * schedulable yet. Idempotent: a redelivered event sets the same fields again.
 */
@Component
@ProcessingGroup(WorkforceEmployees.PROCESSING_GROUP)
public class WorkforceEmployees extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "workforce-employees";
    static final String COLLECTION = "workforce_employees";


    public WorkforceEmployees(MongoTemplate mongo) {
        super(mongo, COLLECTION);
    }

    /**
     * What scheduling needs to know about one employee.
     *
     * @param employeeId     the employee
     * @param employeeNumber the company's employee number
     * @param firstDay       the hire date
     * @param employmentType permanent or temporary
     * @param lastDay        the last day the employee may work: contract end or termination, {@code null} if open
     */
    public record Employment(EmployeeId employeeId, String employeeNumber, LocalDate firstDay,
                             EmploymentType employmentType, LocalDate lastDay) {

        /** Whether {@code day} is inside the employment. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
        }
    }

    @EventHandler
    void on(EmployeeHiredEvent event) {
        mongo.upsert(byId(event.employeeId()), new Update()
                .set("employeeNumber", event.employeeNumber())
                .set("firstDay", event.hireDate().toString())
                .set("employmentType", event.employmentType().name())
                .set("contractEndDate", event.contractEndDate() == null ? null : event.contractEndDate().toString()),
                COLLECTION);
    }

    @EventHandler
    void on(EmployeeTerminatedEvent event) {
        mongo.upsert(byId(event.employeeId()),
                Update.update("terminatedAfter", event.lastDay().toString()), COLLECTION);
    }

    /** The employee's employment, if the view has seen the hire. */
    public Optional<Employment> find(EmployeeId employeeId) {
        return Optional.ofNullable(mongo.findById(employeeId.value(), Document.class, COLLECTION))
                .filter(doc -> doc.getString("firstDay") != null)
                .map(WorkforceEmployees::employment);
    }

    /** The employee with this employee number (how a user with role EMPLOYEE is matched to an employee). */
    public Optional<Employment> findByNumber(String employeeNumber) {
        if (SignInBindings.actsAsNobody(employeeNumber)) {
            return Optional.empty(); // a sign-in that acts as nobody: no query needed to find no one
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("employeeNumber").is(employeeNumber)),
                Document.class, COLLECTION)).map(WorkforceEmployees::employment);
    }

    private static Employment employment(Document doc) {
        LocalDate contractEnd = date(doc.getString("contractEndDate"));
        LocalDate terminated = date(doc.getString("terminatedAfter"));
        LocalDate lastDay = contractEnd == null ? terminated
                : terminated == null ? contractEnd : (terminated.isBefore(contractEnd) ? terminated : contractEnd);
        return new Employment(new EmployeeId(doc.getString("_id")), doc.getString("employeeNumber"),
                date(doc.getString("firstDay")), EmploymentType.valueOf(doc.getString("employmentType")), lastDay);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
