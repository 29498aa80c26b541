package dev.urakata.command.it;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.it.AssignTicketCommand;
import dev.urakata.shared.it.CloseTicketCommand;
import dev.urakata.shared.it.CommentOnTicketCommand;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.OpenTicketCommand;
import dev.urakata.shared.it.ReopenTicketCommand;
import dev.urakata.shared.it.ResolveTicketCommand;
import dev.urakata.shared.it.TicketAssignedEvent;
import dev.urakata.shared.it.TicketClosedEvent;
import dev.urakata.shared.it.TicketCommentedEvent;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketReopenedEvent;
import dev.urakata.shared.it.TicketResolvedEvent;
import dev.urakata.shared.it.TicketSlaBreachedEvent;
import dev.urakata.shared.it.TicketStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One IT support ticket: open → resolved → closed, or resolved → reopened (open again). Opening schedules the
 * resolution deadline of its priority ({@link SupportSlaSettings}); if it fires while the ticket is open, the breach
 * is recorded, once. Resolving cancels the deadline.
 *
 * <p>Reopening: the requester's problem was not solved after all, so the clock is not reset. The original deadline
 * runs again if the SLA was not breached yet (a deadline already past fires at once and records the breach); a
 * ticket that already breached its SLA gets no new deadline and is not breached a second time.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class SupportTicket {

    /** The resolution deadline (SLA) of a ticket. */
    static final String SLA_DEADLINE = "support-ticket-sla";

    @AggregateIdentifier
    private TicketId ticketId;
    private TicketStatus status;
    private String requester;
    private String requesterId;
    private TicketPriority priority;
    private Instant dueAt;
    private boolean breached;

    SupportTicket() {
        // for Axon
    }

    @CommandHandler
    SupportTicket(OpenTicketCommand command, SupportSlaSettings sla, DeadlineManager deadlines,
                  AggregateKinds kinds, UniqueKeys uniqueKeys) {
        require(command.ticketId() != null, "ticketId is required");
        // the console's ticket form chooses the id: not one of another record, nor one the system derives
        kinds.requireUnused(command.ticketId(), AggregateKinds.Kind.SUPPORT_TICKET);
        require(command.requester() != null && !command.requester().isBlank() && command.requester().length() <= 64,
                "requester (an employee number) is required");
        require(text(command.subject(), 200), "subject is required (at most 200 characters)");
        require(text(command.description(), 5000), "description is required (at most 5000 characters)");
        require(command.category() != null && command.category().matches("[A-Z_]{1,32}"),
                "category must be an upper-case code such as HARDWARE");
        require(command.priority() != null, "priority is required (P1..P4)");
        // The event clock, so fixtures decide what "now" is.
        Instant now = GenericEventMessage.clock.instant();
        Instant due = now.plus(sla.resolutionTime(command.priority()));
        String number = command.requester().strip();
        // The ticket's text is about its requester: encrypted with their key, erased with them. A requester who is
        // no employee (a staff sign-in acting for itself) is its own data subject.
        String subjectId = uniqueKeys.subjectOfEmployeeNumber(number);
        apply(new TicketOpenedEvent(command.ticketId(), number, command.subject().strip(),
                command.description().strip(), command.category(), command.priority(), command.openedBy(), now, due,
                subjectId));
        deadlines.schedule(due, SLA_DEADLINE, due);
    }

    @CommandHandler
    void handle(AssignTicketCommand command) {
        requireStatus(TicketStatus.OPEN, "assigned");
        require(command.assignee() != null && command.assignee().matches("[A-Za-z0-9._@-]{1,64}"),
                "assignee must be a user name");
        apply(new TicketAssignedEvent(ticketId, command.assignee(), command.assignedBy()));
    }

    @CommandHandler
    void handle(CommentOnTicketCommand command) {
        if (command.onlyIfRequester() != null && !command.onlyIfRequester().equals(requester)) {
            throw new DomainException(CommonErrors.FORBIDDEN, "Employees may comment on their own tickets only");
        }
        if (status == TicketStatus.CLOSED) {
            throw new DomainException(ItErrors.TICKET_STATUS_CONFLICT,
                    "Ticket " + ticketId + " is closed and takes no comments");
        }
        require(text(command.text(), 5000), "text is required (at most 5000 characters)");
        apply(new TicketCommentedEvent(ticketId, command.author(), command.text().strip(),
                GenericEventMessage.clock.instant(), requesterId));
    }

    @CommandHandler
    void handle(ResolveTicketCommand command, DeadlineManager deadlines) {
        requireStatus(TicketStatus.OPEN, "resolved");
        require(text(command.resolution(), 5000), "resolution is required (at most 5000 characters)");
        apply(new TicketResolvedEvent(ticketId, command.resolution().strip(), command.resolvedBy(),
                GenericEventMessage.clock.instant(), !breached, requesterId));
        // By name within this aggregate's scope: a deadline id kept in a field would not survive event sourcing.
        deadlines.cancelAllWithinScope(SLA_DEADLINE);
    }

    @CommandHandler
    void handle(CloseTicketCommand command) {
        requireStatus(TicketStatus.RESOLVED, "closed");
        apply(new TicketClosedEvent(ticketId, command.closedBy(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ReopenTicketCommand command, DeadlineManager deadlines) {
        requireStatus(TicketStatus.RESOLVED, "reopened");
        require(text(command.reason(), 1000), "reason is required (at most 1000 characters)");
        Instant stillDue = breached ? null : dueAt;
        apply(new TicketReopenedEvent(ticketId, command.reason().strip(), command.reopenedBy(),
                GenericEventMessage.clock.instant(), stillDue, requesterId));
        if (stillDue != null) {
            deadlines.schedule(stillDue, SLA_DEADLINE, stillDue);
        }
    }

    /** The payload is the due time (the first parameter of a deadline handler is its payload). */
    @DeadlineHandler(deadlineName = SLA_DEADLINE)
    void onSlaDeadline(Instant due) {
        // Resolved meanwhile (a cancellation that raced the trigger) or delivered twice: nothing is breached.
        if (status == TicketStatus.OPEN && !breached) {
            apply(new TicketSlaBreachedEvent(ticketId, priority, dueAt));
        }
    }

    @EventSourcingHandler
    void on(TicketOpenedEvent event) {
        ticketId = event.ticketId();
        status = TicketStatus.OPEN;
        requester = event.requester();
        // tickets opened before the field existed: the number as given stands for the requester
        requesterId = event.requesterId() != null ? event.requesterId() : event.requester();
        priority = event.priority();
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(TicketResolvedEvent event) {
        status = TicketStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(TicketClosedEvent event) {
        status = TicketStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(TicketReopenedEvent event) {
        status = TicketStatus.OPEN;
    }

    @EventSourcingHandler
    void on(TicketSlaBreachedEvent event) {
        breached = true;
    }

    private void requireStatus(TicketStatus required, String action) {
        if (status != required) {
            throw new DomainException(ItErrors.TICKET_STATUS_CONFLICT, "Ticket " + ticketId + " is "
                    + status.name().toLowerCase() + " and cannot be " + action);
        }
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }
}
