package dev.urakata.command.hr;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.hr.EmployeeId;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of which employee numbers are taken, so that uniqueness across all employees
 * is decided without asking the query side (which lags and may be rebuilding).
 *
 * <p>Each number is a document keyed by the number itself; MongoDB's unique {@code _id} makes the claim atomic
 * across any number of command-side instances. A claim made by a command that then fails is released when its
 * unit of work rolls back.
 */
@Component
public class EmployeeNumberRegistry {

    static final String COLLECTION = "hr_employee_numbers";

    private final MongoTemplate mongo;

    public EmployeeNumberRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims {@code employeeNumber} for {@code employeeId}; claiming it again for the same employee is a no-op.
     *
     * @throws DomainException {@link ErrorCode#DUPLICATE_EMPLOYEE_NUMBER} when another employee holds it
     */
    public void claim(String employeeNumber, EmployeeId employeeId) {
        try {
            mongo.insert(new Document("_id", employeeNumber).append("employeeId", employeeId.value()), COLLECTION);
        } catch (DuplicateKeyException e) {
            Document holder = mongo.findById(employeeNumber, Document.class, COLLECTION);
            if (holder == null || !employeeId.value().equals(holder.getString("employeeId"))) {
                throw new DomainException(ErrorCode.DUPLICATE_EMPLOYEE_NUMBER,
                        "Employee number " + employeeNumber + " is already taken");
            }
        }
    }

    /** Releases a claim, but only if {@code employeeId} holds it. */
    public void release(String employeeNumber, EmployeeId employeeId) {
        mongo.remove(new Query(Criteria.where("_id").is(employeeNumber).and("employeeId").is(employeeId.value())),
                COLLECTION);
    }
}
