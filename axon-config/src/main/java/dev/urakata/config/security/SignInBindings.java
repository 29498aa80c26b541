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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 *
 * <p>A binding read is remembered for a second ({@link #REMEMBERED_NANOS}): commands over HTTP ask on every request
 * (separation of duties), and under load the read waited for the MongoDB server behind the projections' writes. A
 * binding handled here forgets what was remembered at once; one made elsewhere is seen at most a second later than
 * the read model shows it, which already lags the event by a moment.
 */
@ProcessingGroup(SignInBindings.PROCESSING_GROUP)
public class SignInBindings {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "sign-in-bindings";
    static final String COLLECTION = "sign_in_bindings";

    static final long REMEMBERED_NANOS = 1_000_000_000L;

    private final MongoTemplate mongo;
    private final Map<String, String> demoAccounts;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts the bindings handled here, so that a read begun before one is not remembered after it. */
    private final AtomicLong changes = new AtomicLong();

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
        forget(event.signIn());
    }

    @EventHandler
    void on(SignInUnboundEvent event) {
        // Only the binding this event ends: a replayed unbinding must not remove a later binding.
        mongo.remove(Query.query(Criteria.where("_id").is(event.signIn())
                .and("employeeId").is(event.employeeId().value())), COLLECTION);
        forget(event.signIn());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        changes.incrementAndGet();
        remembered.clear();
    }

    private void forget(String signIn) {
        changes.incrementAndGet();
        remembered.remove(signIn);
    }

    /** The employee number {@code user} acts as, or a value no employee number equals when it acts as nobody. */
    public String employeeNumber(Authentication user) {
        return boundNumber(user.getName()).orElseGet(() -> unbound(user, demoAccounts));
    }

    /** Whether {@code employeeNumber} is what a sign-in acting as nobody gets: no employee has it. */
    public static boolean actsAsNobody(String employeeNumber) {
        return employeeNumber == null || employeeNumber.startsWith(NOBODY_PREFIX);
    }

    private Optional<String> boundNumber(String signIn) {
        long now = System.nanoTime();
        Remembered known = remembered.get(signIn);
        if (known != null && now - known.readAt() < REMEMBERED_NANOS) {
            return known.employeeNumber();
        }
        long before = changes.get();
        Document bound = mongo.findById(signIn, Document.class, COLLECTION);
        Optional<String> number = Optional.ofNullable(bound == null ? null : bound.getString("employeeNumber"));
        remembered.put(signIn, new Remembered(number, now));
        if (changes.get() != before) {
            remembered.remove(signIn); // a binding was handled meanwhile: this read may predate it
        }
        return number;
    }

    private record Remembered(Optional<String> employeeNumber, long readAt) {
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
