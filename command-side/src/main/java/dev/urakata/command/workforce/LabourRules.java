package dev.urakata.command.workforce;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.workforce.ConsecutiveDaysLimitSetEvent;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.SetConsecutiveDaysLimitCommand;
import dev.urakata.shared.workforce.SetMinimumRestCommand;
import dev.urakata.shared.workforce.SetWeeklyHoursLimitCommand;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The labour rule book: which rules are in force, in which version. Created by its first rule; every change is
 * a new version of that rule. Not snapshotted: it sees a handful of events, and {@link EventStoreLabourRules}
 * reads its stream as plain events.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class LabourRules {

    @AggregateIdentifier
    private LabourRulesId rulesId;
    private LabourRuleBook book = LabourRuleBook.NONE;

    LabourRules() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetWeeklyHoursLimitCommand command) {
        require(command.rulesId() != null, "rulesId is required");
        require(command.maxHours() >= 1 && command.maxHours() <= 168, "maxHours must be between 1 and 168");
        require(command.overtimePolicy() != null, "overtimePolicy is required");
        var current = book.weeklyHours();
        if (current != null && current.maxHours() == command.maxHours()
                && current.overtimePolicy() == command.overtimePolicy()) {
            throw new DomainException(CommonErrors.NO_CHANGE, "The weekly hours rule is already so");
        }
        apply(new WeeklyHoursLimitSetEvent(command.rulesId(), current == null ? 1 : current.version() + 1,
                command.maxHours(), command.overtimePolicy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetMinimumRestCommand command) {
        require(command.rulesId() != null, "rulesId is required");
        require(command.minHours() >= 1 && command.minHours() <= 48, "minHours must be between 1 and 48");
        require(command.mode() != null, "mode is required");
        var current = book.minimumRest();
        if (current != null && current.minHours() == command.minHours() && current.mode() == command.mode()) {
            throw new DomainException(CommonErrors.NO_CHANGE, "The minimum rest rule is already so");
        }
        apply(new MinimumRestSetEvent(command.rulesId(), current == null ? 1 : current.version() + 1,
                command.minHours(), command.mode()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetConsecutiveDaysLimitCommand command) {
        require(command.rulesId() != null, "rulesId is required");
        require(command.maxDays() >= 1 && command.maxDays() <= 31, "maxDays must be between 1 and 31");
        require(command.mode() != null, "mode is required");
        var current = book.consecutiveDays();
        if (current != null && current.maxDays() == command.maxDays() && current.mode() == command.mode()) {
            throw new DomainException(CommonErrors.NO_CHANGE, "The consecutive days rule is already so");
        }
        apply(new ConsecutiveDaysLimitSetEvent(command.rulesId(), current == null ? 1 : current.version() + 1,
                command.maxDays(), command.mode()));
    }

    @EventSourcingHandler
    void on(WeeklyHoursLimitSetEvent event) {
        rulesId = event.rulesId();
        book = book.with(event);
    }

    @EventSourcingHandler
    void on(MinimumRestSetEvent event) {
        rulesId = event.rulesId();
        book = book.with(event);
    }

    @EventSourcingHandler
    void on(ConsecutiveDaysLimitSetEvent event) {
        rulesId = event.rulesId();
        book = book.with(event);
    }
}
