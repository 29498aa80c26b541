package dev.urakata.command.legal;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.finance.TaxRates;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractExpiredEvent;
import dev.urakata.shared.legal.ContractExpiryReminderIssuedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractRenewedEvent;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.DraftContractCommand;
import dev.urakata.shared.legal.LegalErrors;
import dev.urakata.shared.legal.RenewContractCommand;
import dev.urakata.shared.legal.SignContractCommand;
import dev.urakata.shared.legal.TerminateContractCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One contract: drafted, signed, in force from its start date, then renewed, expired at the end of its end date, or
 * terminated early. Three deadlines drive it: activation at the start date (unless it started by the signing),
 * an expiry reminder a configured number of days before the end date, and the expiry itself. Renewal reschedules
 * the last two; termination cancels all three. An open-ended contract never expires.
 *
 * <p>A customer contract may carry billing terms (value, plan, tax code); they travel on the signing event, from
 * which {@link ContractBillingSaga} invoices the customer. Other kinds are never invoiced.
 *
 * <p>Drafting is idempotent so that sagas may redeliver: the same terms under the same id record nothing, other
 * terms are refused with ALREADY_EXISTS.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class Contract {

    /** Fires at the start of the start date (UTC). */
    static final String ACTIVATION = "contract-activation";
    /** Fires at the start of the day the configured reminder period before the end date. */
    static final String EXPIRY_REMINDER = "contract-expiry-reminder";
    /** Fires at the end of the end date. */
    static final String EXPIRY = "contract-expiry";
    private static final int MAX_TITLE = 200;
    private static final int MAX_REASON = 500;

    @AggregateIdentifier
    private ContractId contractId;
    private ContractKind kind;
    private String counterpartyId;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private ContractStatus status;
    private ContractBilling billing;

    Contract() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftContractCommand command, TaxRates rates) {
        require(command.contractId() != null, "contractId is required");
        require(command.kind() != null, "kind is required");
        require(command.counterpartyId() != null && !command.counterpartyId().isBlank()
                && command.counterpartyId().length() <= 64, "counterpartyId is required (at most 64 characters)");
        requireText(command.title(), MAX_TITLE, "title");
        require(command.startDate() != null, "startDate is required");
        require(command.endDate() == null || !command.endDate().isBefore(command.startDate()),
                "endDate may not lie before startDate");
        requireBilling(command.kind(), command.billing(), rates);
        if (contractId != null) {
            boolean same = kind == command.kind() && counterpartyId.equals(command.counterpartyId().strip())
                    && title.equals(command.title().strip()) && startDate.equals(command.startDate())
                    && Objects.equals(endDate, command.endDate()) && Objects.equals(billing, command.billing());
            if (same) {
                return; // a redelivered draft: already recorded
            }
            throw new DomainException(CommonErrors.ALREADY_EXISTS,
                    "Contract " + contractId + " already exists with other terms");
        }
        apply(new ContractDraftedEvent(command.contractId(), command.kind(), command.counterpartyId().strip(),
                command.title().strip(), command.startDate(), command.endDate(), command.billing()));
    }

    @CommandHandler
    void handle(SignContractCommand command, DeadlineManager deadlines, LegalSettings settings) {
        if (command.employmentOnly() && kind != ContractKind.EMPLOYMENT) {
            throw new DomainException(CommonErrors.FORBIDDEN,
                    "Contract " + contractId + " is a " + kind + " contract; only legal may sign it");
        }
        if (status != ContractStatus.DRAFT) {
            throw conflict("signed");
        }
        require(command.signedOn() != null, "signedOn is required");
        apply(new ContractSignedEvent(contractId, kind, counterpartyId, command.signedOn(), billing));
        if (startDate.isAfter(command.signedOn())) {
            deadlines.schedule(startOf(startDate), ACTIVATION, contractId.value());
        } else {
            apply(new ContractActivatedEvent(contractId, kind, counterpartyId, startDate));
        }
        scheduleEnd(deadlines, settings);
    }

    @CommandHandler
    void handle(RenewContractCommand command, DeadlineManager deadlines, LegalSettings settings) {
        if (!inForce()) {
            throw conflict("renewed");
        }
        require(command.newEndDate() != null, "newEndDate is required");
        if (endDate == null) {
            throw new DomainException(LegalErrors.CONTRACT_STATUS_CONFLICT,
                    "Contract " + contractId + " is open-ended; there is nothing to renew");
        }
        require(command.newEndDate().isAfter(endDate), "newEndDate must lie after the current end date " + endDate);
        apply(new ContractRenewedEvent(contractId, endDate, command.newEndDate()));
        deadlines.cancelAllWithinScope(EXPIRY_REMINDER);
        deadlines.cancelAllWithinScope(EXPIRY);
        scheduleEnd(deadlines, settings);
    }

    @CommandHandler
    void handle(TerminateContractCommand command, DeadlineManager deadlines) {
        if (!inForce()) {
            throw conflict("terminated");
        }
        require(command.terminatedOn() != null, "terminatedOn is required");
        requireText(command.reason(), MAX_REASON, "reason");
        require(endDate == null || !command.terminatedOn().isAfter(endDate),
                "terminatedOn may not lie after the end date " + endDate);
        apply(new ContractTerminatedEvent(contractId, kind, counterpartyId, command.terminatedOn(),
                command.reason().strip()));
        deadlines.cancelAllWithinScope(ACTIVATION);
        deadlines.cancelAllWithinScope(EXPIRY_REMINDER);
        deadlines.cancelAllWithinScope(EXPIRY);
    }

    @DeadlineHandler(deadlineName = ACTIVATION)
    void activationDue() {
        if (status == ContractStatus.SIGNED) {
            apply(new ContractActivatedEvent(contractId, kind, counterpartyId, startDate));
        }
    }

    /** The payload is the end date the reminder was scheduled for, so a reminder outlived by a renewal is ignored. */
    @DeadlineHandler(deadlineName = EXPIRY_REMINDER)
    void reminderDue(String forEndDate, LegalSettings settings) {
        if (inForce() && endDate != null && endDate.toString().equals(forEndDate)) {
            apply(new ContractExpiryReminderIssuedEvent(contractId, endDate, settings.expiryReminderDays()));
        }
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expiryDue(String forEndDate) {
        if (inForce() && endDate != null && endDate.toString().equals(forEndDate)) {
            apply(new ContractExpiredEvent(contractId, kind, counterpartyId, endDate));
        }
    }

    @EventSourcingHandler
    void on(ContractDraftedEvent event) {
        contractId = event.contractId();
        kind = event.kind();
        counterpartyId = event.counterpartyId();
        title = event.title();
        startDate = event.startDate();
        endDate = event.endDate();
        billing = event.billing();
        status = ContractStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ContractSignedEvent event) {
        status = ContractStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(ContractActivatedEvent event) {
        status = ContractStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ContractRenewedEvent event) {
        endDate = event.newEndDate();
        if (status == ContractStatus.ACTIVE) {
            status = ContractStatus.RENEWED;
        }
    }

    @EventSourcingHandler
    void on(ContractTerminatedEvent event) {
        status = ContractStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(ContractExpiredEvent event) {
        status = ContractStatus.EXPIRED;
    }

    /**
     * Billing terms are for customer contracts only, positive, and name a known tax code; a one-off plan is one
     * invoice, a monthly plan 1 to {@link ContractBilling#MAX_MONTHS} invoices. Whether the currency is the
     * customer's is checked where the customer can be looked up (the HTTP API), not here.
     */
    private static void requireBilling(ContractKind kind, ContractBilling billing, TaxRates rates) {
        if (billing == null) {
            return;
        }
        require(kind == ContractKind.CUSTOMER, "billing applies to CUSTOMER contracts only");
        require(billing.value() != null && billing.value().isPositive(), "billing.value must be positive");
        require(billing.plan() != null, "billing.plan is required");
        require(billing.plan() != BillingPlan.ONE_OFF || billing.months() == 1,
                "billing.months must be 1 for a ONE_OFF plan");
        require(billing.months() >= 1 && billing.months() <= ContractBilling.MAX_MONTHS,
                "billing.months must be between 1 and " + ContractBilling.MAX_MONTHS);
        require(billing.taxCode() != null && rates.knows(billing.taxCode()),
                "billing.taxCode is not a known tax code: " + billing.taxCode());
    }

    private void scheduleEnd(DeadlineManager deadlines, LegalSettings settings) {
        if (endDate == null) {
            return;
        }
        deadlines.schedule(startOf(endDate.minusDays(settings.expiryReminderDays())), EXPIRY_REMINDER,
                endDate.toString());
        deadlines.schedule(startOf(endDate.plusDays(1)), EXPIRY, endDate.toString());
    }

    private boolean inForce() {
        return status == ContractStatus.SIGNED || status == ContractStatus.ACTIVE || status == ContractStatus.RENEWED;
    }

    private DomainException conflict(String action) {
        return new DomainException(LegalErrors.CONTRACT_STATUS_CONFLICT,
                "Contract " + contractId + " is " + status + " and cannot be " + action);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
