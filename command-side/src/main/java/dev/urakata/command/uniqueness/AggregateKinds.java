package dev.urakata.command.uniqueness;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.purchasing.PurchasingErrors;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which kind of aggregate an id names, as the event store recorded it (the aggregate type of its events), so that an
 * id of one kind is never taken for, or given to, another.
 *
 * <p>Why: all aggregates share one id space in the event store, and an aggregate loads whatever events are recorded
 * under its id. A payroll run loaded from a stock item's events fails with Axon's
 * {@code IncompatibleAggregateException}; so does the attendance of a shift whose id is an employee's, every time,
 * in a policy whose later events then queue behind it as dead letters. So:
 * <ul>
 *   <li>a reference in a command body must name an aggregate of the kind it stands for: {@link #requireReference}
 *   (422 with the kind's code);</li>
 *   <li>an id in a path that stands for an aggregate the command does not load itself (the employee whose IT accounts
 *   are provisioned) must name one of that kind: {@link #requireExisting} (404);</li>
 *   <li>an id a client chooses for something new must be free: {@link #requireUnused} (409 {@code ID_IN_USE}).</li>
 * </ul>
 * The event store answers at once and is never stale, unlike the read models, so these are command-side lookups.
 */
public class AggregateKinds {

    /** The scope in which {@link UniqueKeys} holds shift ids: each becomes a shift attendance's id on publication. */
    public static final String SHIFT_ID_SCOPE = "shift-id";
    /** What {@link #typeOf} answers for events recorded without an aggregate type. */
    static final String UNTYPED = "(untyped)";

    /** Aggregates that commands name by id, with the code that refuses a body reference to anything else. */
    public enum Kind {
        EMPLOYEE("Employee", "employee", HrErrors.UNKNOWN_EMPLOYEE),
        SUPPLIER("Supplier", "supplier", PurchasingErrors.UNKNOWN_SUPPLIER),
        CUSTOMER("Customer", "customer", FinanceErrors.UNKNOWN_CUSTOMER),
        STOCK_ITEM("StockItem", "stock item", InventoryErrors.UNKNOWN_STOCK_ITEM),
        WAREHOUSE("Warehouse", "warehouse", InventoryErrors.UNKNOWN_WAREHOUSE),
        SUPPORT_TICKET("SupportTicket", "support ticket", CommonErrors.NOT_FOUND),
        SHIFT_ATTENDANCE("ShiftAttendance", "shift", CommonErrors.NOT_FOUND),
        COMPLIANCE_POLICY("CompliancePolicy", "compliance policy", CommonErrors.NOT_FOUND),
        BUDGET("Budget", "budget", CommonErrors.NOT_FOUND);

        private final String type;
        private final String noun;
        private final ErrorCode unknown;

        Kind(String type, String noun, ErrorCode unknown) {
            this.type = type;
            this.noun = noun;
            this.unknown = unknown;
        }

        /** The aggregate type its events are recorded under (the aggregate class's simple name). */
        public String type() {
            return type;
        }
    }

    /**
     * Ids the system derives for aggregates of its own making, by shape, first match wins: a client-chosen id of
     * one of these shapes would be taken before the system gets to it. Budgets come before the prefixes so that a
     * department called "payroll" may have a budget; an employee id chosen in the console may be any identifier,
     * so the prefixes stand for any suffix.
     */
    private static final List<Shape> DERIVED = List.of(
            new Shape("ts-.+-\\d{4}-\\d{2}", "Timesheet"),
            new Shape("\\d{4}-\\d{2}", "AccountingPeriod"),
            new Shape(".+-\\d{4}-\\d{2}", "Budget"),
            new Shape("labour-rules", "LabourRules"),
            new Shape("leave-.+", "LeaveAccount"),
            new Shape("compliance-.+", "EmployeeCompliance"),
            new Shape("payroll-.+", "PayrollEnrolment"),
            new Shape("(onboarding|offboarding)-.+", "EmployeeProcess"),
            new Shape("it-accounts-.+", "SystemAccounts"),
            new Shape("erasure-.+", "DataSubjectErasure"),
            new Shape("collection-.+", "LegalCase"),
            new Shape("sign-in-.+", "SignIn"));

    private final Function<String, Optional<String>> typeLookup;
    private final Predicate<String> claimedShiftId;

    /**
     * @param recordedType   the aggregate type of the events recorded under an id, empty when there are none
     * @param claimedShiftId whether a shift has claimed an id (its attendance takes the id when it is published)
     */
    public AggregateKinds(Function<String, Optional<String>> recordedType, Predicate<String> claimedShiftId) {
        this.typeLookup = recordedType;
        this.claimedShiftId = claimedShiftId;
    }

    /** The aggregate type recorded under {@code id} (of its first event or snapshot), empty when nothing is. */
    public Optional<String> typeOf(String id) {
        return typeLookup.apply(id);
    }

    /**
     * A reference in a command body: 422 with the kind's code unless {@code id} names an aggregate of {@code kind}.
     *
     * @param field the body field, for the detail
     */
    public void requireReference(Object id, Kind kind, String field) {
        if (!is(id, kind)) {
            throw new DomainException(kind.unknown, field + " names no " + kind.noun + ": " + id);
        }
    }

    /** References of one kind (the lines of an order), each looked up once. */
    public void requireReferences(Collection<?> ids, Kind kind, String field) {
        Set<Object> distinct = new LinkedHashSet<>(ids);
        distinct.forEach(id -> requireReference(id, kind, field));
    }

    /** An id in a path: 404 unless it names an aggregate of {@code kind}. */
    public void requireExisting(Object id, Kind kind) {
        if (!is(id, kind)) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No " + kind.noun + " with id " + id);
        }
    }

    /**
     * An id a client chose for a new aggregate (or for something that becomes one, like a shift): 409 {@code ID_IN_USE}
     * when the store holds another kind under it, a shift has claimed it, or it has the shape of an id the system
     * derives for another kind. An id already of {@code kind} passes: whether that is a duplicate is for the
     * aggregate to say, in its own words.
     */
    public void requireUnused(Object id, Kind kind) {
        String value = String.valueOf(id);
        Optional<String> recorded = typeOf(value);
        if (recorded.isPresent() && !recorded.get().equals(kind.type)) {
            throw inUse(value, kind, "it is already the id of something else");
        }
        if (kind != Kind.SHIFT_ATTENDANCE && claimedShiftId.test(value)) {
            throw inUse(value, kind, "a shift has it");
        }
        DERIVED.stream().filter(shape -> shape.pattern.matcher(value).matches()).findFirst()
                .filter(shape -> !shape.type.equals(kind.type))
                .ifPresent(shape -> {
                    throw inUse(value, kind, "ids of this shape are kept for records the system makes itself");
                });
    }

    /**
     * A department name, which becomes part of a budget's id ({@code <department>-<yyyy-MM>}): INVALID_INPUT when that
     * id would have the shape of another record the system derives. A department called {@code ts-<employee id>}
     * would otherwise charge its actuals to that employee's timesheet of the month, and the budget policy would
     * fail on it for good.
     */
    public static String requireDepartment(String department) {
        String budgetId = BudgetId.of(department, YearMonth.of(2000, 1)).value();
        DERIVED.stream().filter(shape -> shape.pattern.matcher(budgetId).matches()).findFirst()
                .filter(shape -> !shape.type.equals(Kind.BUDGET.type))
                .ifPresent(shape -> {
                    throw new DomainException(CommonErrors.INVALID_INPUT, "department '" + department.strip()
                            + "' cannot be used: its budgets' ids would have the shape of another record's ("
                            + shape.type + ")");
                });
        return department;
    }

    /** The aggregate types {@link #requireUnused} keeps shapes of ids for, for a test that they all exist. */
    static Set<String> derivedTypes() {
        Set<String> types = new LinkedHashSet<>();
        DERIVED.forEach(shape -> types.add(shape.type));
        return types;
    }

    private boolean is(Object id, Kind kind) {
        return id != null && typeOf(String.valueOf(id)).filter(kind.type::equals).isPresent();
    }

    private static DomainException inUse(String id, Kind kind, String why) {
        return new DomainException(CommonErrors.ID_IN_USE, "'" + id + "' cannot be the id of a new " + kind.noun + ": "
                + why);
    }

    /** The aggregate type of the first event (or snapshot) the event store holds under {@code id}. */
    public static Optional<String> recordedType(EventStore eventStore, String id) {
        DomainEventStream events = eventStore.readEvents(id);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        String type = events.peek().getType();
        return Optional.of(type == null ? UNTYPED : type);
    }

    private record Shape(Pattern pattern, String type) {
        Shape(String regex, String type) {
            this(Pattern.compile(regex), type);
        }
    }
}
