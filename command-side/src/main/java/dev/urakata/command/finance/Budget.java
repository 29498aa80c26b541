package dev.urakata.command.finance;

import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.BudgetActualRecordedEvent;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.BudgetSetEvent;
import dev.urakata.shared.finance.BudgetThresholdCrossedEvent;
import dev.urakata.shared.finance.RecordBudgetActualCommand;
import dev.urakata.shared.finance.SetBudgetCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The budget of one department for one month, and the actuals recorded against it. It exists from whichever comes
 * first, the budget or an actual, so a budget set late is compared with everything already spent.
 *
 * <p>Each source (a payslip, an expense claim) counts with its latest version only; a threshold is announced once
 * when the actuals reach it and re-armed only when they fall below it again (a raised budget, a lowered payslip).
 * Everything of one budget is in one currency: the first amount, budget or actual, decides it.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class Budget {

    /** Announced when a budget is set without thresholds. */
    static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);
    static final int MAX_THRESHOLDS = 10;
    static final int MAX_THRESHOLD = 1000;

    /** What one source counts now; only this aggregate needs it. */
    record Counted(long version, Money amount) {
    }

    @AggregateIdentifier
    private BudgetId budgetId;
    private String department;
    private YearMonth period;
    private String currency;
    private Money amount;
    private List<Integer> thresholds = DEFAULT_THRESHOLDS;
    private Money actual;
    private Map<String, Counted> sources = new HashMap<>();
    private TreeSet<Integer> crossed = new TreeSet<>();

    Budget() {
        // for Axon
    }

    /** Answers whether this set the budget for the first time (a revision answers {@code false}). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(SetBudgetCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        String dept = requireKey(command.budgetId(), command.department(), command.period());
        require(command.amount() != null && command.amount().isPositive(), "amount must be positive");
        List<Integer> wanted = thresholds(command.thresholds());
        requireCurrency(command.amount());
        if (command.amount().equals(amount) && wanted.equals(thresholds)) {
            throw new DomainException(CommonErrors.NO_CHANGE, "The budget of " + command.budgetId() + " is already "
                    + amount + " with thresholds " + thresholds);
        }
        boolean first = amount == null;
        apply(new BudgetSetEvent(command.budgetId(), dept, command.period(), command.amount(), wanted, amount, user));
        announceCrossings();
        return first;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordBudgetActualCommand command) {
        String dept = requireKey(command.budgetId(), command.department(), command.period());
        require(command.source() != null, "source is required");
        require(command.sourceId() != null && !command.sourceId().isBlank(), "sourceId is required");
        require(command.sourceVersion() >= 1, "sourceVersion starts at 1");
        require(command.amount() != null, "amount is required");
        requireCurrency(command.amount());
        Counted before = sources.get(key(command));
        if (before != null && (before.version() >= command.sourceVersion()
                || before.amount().equals(command.amount()))) {
            return; // already counted, or a newer version that changes nothing
        }
        Money total = (actual == null ? zero(command.amount().currency()) : actual)
                .minus(before == null ? zero(command.amount().currency()) : before.amount()).plus(command.amount());
        apply(new BudgetActualRecordedEvent(command.budgetId(), dept, command.period(), command.source(),
                command.sourceId(), command.sourceVersion(), command.sourceEventId(), command.amount(),
                before == null ? null : before.amount(), total));
        announceCrossings();
    }

    private void announceCrossings() {
        if (amount == null) {
            return;
        }
        for (int threshold : thresholds) {
            if (reached(threshold) && !crossed.contains(threshold)) {
                apply(new BudgetThresholdCrossedEvent(budgetId, department, period, threshold, amount, actual));
            }
        }
    }

    @EventSourcingHandler
    void on(BudgetSetEvent event) {
        identify(event.budgetId(), event.department(), event.period(), event.amount());
        amount = event.amount();
        thresholds = event.thresholds();
        if (actual == null) {
            actual = zero(currency);
        }
        rearm();
    }

    @EventSourcingHandler
    void on(BudgetActualRecordedEvent event) {
        identify(event.budgetId(), event.department(), event.period(), event.amount());
        sources.put(key(event.source().name(), event.sourceId()), new Counted(event.sourceVersion(), event.amount()));
        actual = event.actual();
        rearm();
    }

    @EventSourcingHandler
    void on(BudgetThresholdCrossedEvent event) {
        crossed.add(event.threshold());
    }

    private void identify(BudgetId id, String dept, YearMonth month, Money money) {
        budgetId = id;
        department = dept;
        period = month;
        if (currency == null) {
            currency = money.currency();
        }
    }

    /** Forgets crossings the actuals are no longer at (or thresholds no longer asked for), so they can recur. */
    private void rearm() {
        crossed.removeIf(threshold -> !thresholds.contains(threshold) || amount == null || !reached(threshold));
    }

    private boolean reached(int threshold) {
        return actual.amount().multiply(BigDecimal.valueOf(100))
                .compareTo(amount.amount().multiply(BigDecimal.valueOf(threshold))) >= 0;
    }

    private String requireKey(BudgetId id, String dept, YearMonth month) {
        require(id != null, "budgetId is required");
        require(dept != null && !dept.isBlank() && dept.strip().length() <= 100,
                "department is required (at most 100 characters)");
        require(month != null, "period is required");
        AggregateKinds.requireDepartment(dept);
        require(id.equals(BudgetId.of(dept, month)), "budgetId must be " + BudgetId.of(dept, month));
        return dept.strip();
    }

    private void requireCurrency(Money money) {
        if (currency != null && !currency.equals(money.currency())) {
            throw new DomainException(CommonErrors.CURRENCY_MISMATCH, "The budget " + budgetId + " is kept in "
                    + currency + ", not " + money.currency());
        }
    }

    private static List<Integer> thresholds(List<Integer> given) {
        if (given == null) {
            return DEFAULT_THRESHOLDS;
        }
        require(!given.isEmpty() && given.size() <= MAX_THRESHOLDS,
                "thresholds must name 1 to " + MAX_THRESHOLDS + " percentages (leave them out for 80 and 100)");
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer threshold : given) {
            require(threshold != null && threshold >= 1 && threshold <= MAX_THRESHOLD,
                    "each threshold must be a percentage from 1 to " + MAX_THRESHOLD);
            require(sorted.add(threshold), "threshold " + threshold + " is named twice");
        }
        return List.copyOf(new ArrayList<>(sorted));
    }

    private static String key(RecordBudgetActualCommand command) {
        return key(command.source().name(), command.sourceId());
    }

    private static String key(String source, String sourceId) {
        return source + ":" + sourceId;
    }

    private static Money zero(String currency) {
        return Money.of("0", currency);
    }
}
