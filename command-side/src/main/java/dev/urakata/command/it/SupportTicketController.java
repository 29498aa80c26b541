package dev.urakata.command.it;

import dev.urakata.command.web.Commands;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.it.AssignTicketCommand;
import dev.urakata.shared.it.CloseTicketCommand;
import dev.urakata.shared.it.CommentOnTicketCommand;
import dev.urakata.shared.it.OpenTicketCommand;
import dev.urakata.shared.it.ReopenTicketCommand;
import dev.urakata.shared.it.ResolveTicketCommand;
import dev.urakata.shared.it.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;


/**
 * IT support tickets. Any employee opens tickets for themselves and comments on their own; IT and ADMIN open them
 * for anybody, comment on any, and assign, resolve, close and reopen them. COMPLIANCE and ANALYST send no commands.
 */
@JsonApi("/api/it/tickets")
@PreAuthorize("hasAnyRole('IT', 'ADMIN')")
@Tag(name = "IT support tickets", description = "Open and comment (any employee, on their own tickets; IT, ADMIN on "
        + "any); assign, resolve, close, reopen (IT, ADMIN). The SLA deadline follows the priority.")
class SupportTicketController {

    /** Everybody who may act for themselves: every role but the read-only ones. */
    static final String ANY_EMPLOYEE = "hasAnyRole('IT', 'ADMIN', 'EMPLOYEE', 'MANAGER', 'HR', 'PAYROLL', "
            + "'FINANCE', 'OPERATIONS', 'LEGAL')";

    private final Commands commands;

    SupportTicketController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ANY_EMPLOYEE)
    @Operation(summary = "Open a ticket", description = "201 with the new ticket's id. IT and ADMIN name the "
            + "requester (an employee number); anybody else opens for themselves (403 for somebody else).")
    ResponseEntity<ItCommandRequests.TicketIdResponse> open(@Valid @RequestBody ItCommandRequests.OpenTicket request,
                           Authentication user) {
        String requester;
        if (isStaff(user)) {
            if (request.requester() == null || request.requester().isBlank()) {
                throw new DomainException(CommonErrors.INVALID_INPUT, "requester (an employee number) is required");
            }
            requester = request.requester();
        } else {
            requester = CurrentEmployee.employeeNumber(user);
            if (request.requester() != null && !request.requester().equals(requester)) {
                throw new DomainException(CommonErrors.FORBIDDEN, "Employees open tickets for themselves only");
            }
        }
        TicketId id = TicketId.newId();
        return commands.create(new OpenTicketCommand(id, requester, request.subject(), request.description(),
                request.category(), request.priority(), user.getName()),
                "/api/it/tickets/" + id, new ItCommandRequests.TicketIdResponse(id.value()));
    }

    @PostMapping(path = "/{ticketId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ANY_EMPLOYEE)
    @Operation(summary = "Comment on a ticket", description = "Employees on their own tickets only (403).")
    ResponseEntity<ItCommandRequests.TicketIdResponse> comment(@PathVariable TicketId ticketId, @Valid @RequestBody ItCommandRequests.Comment request,
                              Authentication user) {
        String onlyIfRequester = isStaff(user) ? null : CurrentEmployee.employeeNumber(user);
        return commands.send(new CommentOnTicketCommand(ticketId, user.getName(), onlyIfRequester, request.text()),
                new ItCommandRequests.TicketIdResponse(ticketId.value()));
    }

    @PostMapping(path = "/{ticketId}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give an open ticket to an IT agent")
    ResponseEntity<ItCommandRequests.TicketIdResponse> assignTicket(@PathVariable TicketId ticketId,
                             @Valid @RequestBody ItCommandRequests.AssignTicket request,
                             Authentication user) {
        return commands.send(new AssignTicketCommand(ticketId, request.assignee(), user.getName()),
                new ItCommandRequests.TicketIdResponse(ticketId.value()));
    }

    @PostMapping(path = "/{ticketId}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resolve an open ticket", description = "Stops the SLA clock. 409 TICKET_STATUS_CONFLICT "
            + "unless open.")
    ResponseEntity<ItCommandRequests.TicketIdResponse> resolveTicket(@PathVariable TicketId ticketId,
                              @Valid @RequestBody ItCommandRequests.ResolveTicket request,
                              Authentication user) {
        return commands.send(new ResolveTicketCommand(ticketId, request.resolution(), user.getName()),
                new ItCommandRequests.TicketIdResponse(ticketId.value()));
    }

    @PostMapping("/{ticketId}/close")
    @Operation(summary = "Close a resolved ticket", description = "409 TICKET_STATUS_CONFLICT unless resolved.")
    ResponseEntity<ItCommandRequests.TicketIdResponse> close(@PathVariable TicketId ticketId,
                            Authentication user) {
        return commands.send(new CloseTicketCommand(ticketId, user.getName()),
                new ItCommandRequests.TicketIdResponse(ticketId.value()));
    }

    @PostMapping(path = "/{ticketId}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reopen a resolved ticket", description = "The original SLA deadline runs again unless it "
            + "was already breached.")
    ResponseEntity<ItCommandRequests.TicketIdResponse> reopen(@PathVariable TicketId ticketId,
                             @Valid @RequestBody ItCommandRequests.ReopenTicket request,
                             Authentication user) {
        return commands.send(new ReopenTicketCommand(ticketId, request.reason(), user.getName()),
                new ItCommandRequests.TicketIdResponse(ticketId.value()));
    }

    private static boolean isStaff(Authentication user) {
        return CurrentEmployee.hasRole(user, Roles.IT) || CurrentEmployee.hasRole(user, Roles.ADMIN);
    }
}
