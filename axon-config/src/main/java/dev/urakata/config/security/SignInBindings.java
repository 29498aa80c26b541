package dev.urakata.config.security;

import dev.urakata.shared.hr.SignInBoundEvent;
import dev.urakata.shared.hr.SignInUnboundEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Map;

/**
 * Which employee each sign-in acts as, from the administrators' bindings ({@code SignInBoundEvent}); both sides
 * read it (a command side to let an employee act for themselves, a query side to show them their own records).
 * Rebuilt from the events like every read model.
 *
 * <p>A sign-in acts as: the employee an administrator bound it to; else, for a JWT, the employee number in its
 * {@value CurrentEmployee#EMPLOYEE_NUMBER_CLAIM} claim (the identity provider's administrators bound it there); else,
 * for the demo accounts with role EMPLOYEE ({@code staff1}, {@code staff2}) while demo accounts are on, the employee
 * numbered like the account; else nobody. "Nobody" is a name that no employee number can equal (employee numbers
 * have no {@code @}), so a lookup by it finds nothing: choosing an employee number can no longer choose who a sign-in
 * is.
 */
@ProcessingGroup(SignInBindings.PROCESSING_GROUP)
public class SignInBindings {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "sign-in-bindings";
    static final String COLLECTION = "sign_in_bindings";

    private final MongoTemplate mongo;
    private final Map<String, String> demoAccounts;

    /**
     * @param demoAccounts the demo accounts and their roles, empty when demo accounts are off
     */
    public SignInBindings(MongoTemplate mongo, Map<String, String> demoAccounts) {
        this.mongo = mongo;
        this.demoAccounts = demoAccounts;
    }

    @EventHandler
    void on(SignInBoundEvent event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.signIn())), new Update()
                .set("employeeId", event.employeeId().value())
                .set("employeeNumber", event.employeeNumber()), COLLECTION);
    }

    @EventHandler
    void on(SignInUnboundEvent event) {
        // Only the binding this event ends: a replayed unbinding must not remove a later binding.
        mongo.remove(Query.query(Criteria.where("_id").is(event.signIn())
                .and("employeeId").is(event.employeeId().value())), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** The employee number {@code user} acts as, or a value no employee number equals when it acts as nobody. */
    public String employeeNumber(Authentication user) {
        Document bound = mongo.findById(user.getName(), Document.class, COLLECTION);
        if (bound != null && bound.getString("employeeNumber") != null) {
            return bound.getString("employeeNumber");
        }
        return unbound(user, demoAccounts);
    }

    /** The rule without administrators' bindings (see the class comment). */
    static String unbound(Authentication user, Map<String, String> demoAccounts) {
        if (user.getPrincipal() instanceof Jwt jwt && jwt.hasClaim(CurrentEmployee.EMPLOYEE_NUMBER_CLAIM)) {
            return jwt.getClaimAsString(CurrentEmployee.EMPLOYEE_NUMBER_CLAIM);
        }
        if (Roles.EMPLOYEE.equals(demoAccounts.get(user.getName()))) {
            return user.getName();
        }
        return NOBODY_PREFIX + user.getName();
    }

    /** Starts the name of a sign-in that acts as nobody; employee numbers never contain it. */
    static final String NOBODY_PREFIX = "@";
}
