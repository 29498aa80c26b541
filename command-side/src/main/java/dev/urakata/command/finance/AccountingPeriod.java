package dev.urakata.command.finance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.AccountingPeriodClosedEvent;
import dev.urakata.shared.finance.AccountingPeriodId;
import dev.urakata.shared.finance.CloseAccountingPeriodCommand;
import dev.urakata.shared.finance.FinanceErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One month of the books, which exists only once it is closed: closing is the one decision about a period, and a
 * closed period stays closed (reopening would let its reports change).
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class AccountingPeriod {

    @AggregateIdentifier
    private AccountingPeriodId periodId;
    private boolean closed;

    AccountingPeriod() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CloseAccountingPeriodCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        if (closed) {
            throw new DomainException(FinanceErrors.PERIOD_ALREADY_CLOSED, "Period " + periodId + " is already closed");
        }
        if (command.periodId() == null) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "periodId is required");
        }
        // The event clock, so fixtures decide what "today" is.
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
        if (!command.periodId().month().atEndOfMonth().isBefore(today)) {
            throw new DomainException(FinanceErrors.PERIOD_NOT_ENDED,
                    "Period " + command.periodId() + " has not ended yet; it can be closed from "
                            + command.periodId().month().plusMonths(1).atDay(1));
        }
        apply(new AccountingPeriodClosedEvent(command.periodId(), user));
    }

    @EventSourcingHandler
    void on(AccountingPeriodClosedEvent event) {
        periodId = event.periodId();
        closed = true;
    }
}
