package dev.urakata.query.it;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetPage;
import dev.urakata.shared.it.AssetStatus;
import dev.urakata.shared.it.AssetSummary;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.EmployeeSystemAccounts;
import dev.urakata.shared.it.FindSystemAccountsQuery;
import dev.urakata.shared.it.FindTicketQuery;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.IncidentStatus;
import dev.urakata.shared.it.ListAssetsQuery;
import dev.urakata.shared.it.ListSecurityIncidentsQuery;
import dev.urakata.shared.it.ListTicketsQuery;
import dev.urakata.shared.it.SecurityIncidentPage;
import dev.urakata.shared.it.TicketDetails;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketPage;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketStatus;
import dev.urakata.shared.it.TicketSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * IT views: support tickets with their SLA status, the asset register, system accounts per employee, security
 * incidents. IT, ADMIN and COMPLIANCE read everything. ANALYST reads the ticket list and the asset register without
 * the fields that name people. Every other employee reads their own tickets only.
 */
@JsonApi("/api/it")
@PreAuthorize("hasAnyRole('IT', 'ADMIN', 'COMPLIANCE')")
@Tag(name = "IT views", description = "Tickets with SLA status (IT, ADMIN, COMPLIANCE; ANALYST without names; "
        + "employees their own), assets (IT, ADMIN, COMPLIANCE; ANALYST without holders), system accounts and "
        + "security incidents (IT, ADMIN, COMPLIANCE).")
class ItQueryController {

    private static final String TICKET_READERS = "hasAnyRole('IT', 'ADMIN', 'COMPLIANCE', 'ANALYST', 'EMPLOYEE', "
            + "'MANAGER', 'HR', 'PAYROLL', 'FINANCE', 'OPERATIONS', 'LEGAL')";

    private final ReadQueries queries;

    ItQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/tickets")
    @PreAuthorize(TICKET_READERS)
    @Operation(summary = "Support tickets, most urgent deadline first, with their SLA status",
            description = "Filters: status, priority, assignee. remainingMinutes and breached are measured at "
                    + "'at' (an ISO instant; default now). Employees see their own tickets only.")
    TicketPage tickets(@RequestParam(required = false) TicketStatus status,
                       @RequestParam(required = false) TicketPriority priority,
                       @RequestParam(required = false) String assignee,
                       @RequestParam(required = false) String at,
                       Paging paging,
                       Authentication user) {
        String requester = readsAll(user) || isAnalyst(user) ? null : CurrentEmployee.employeeNumber(user);
        TicketPage found = queries.answer(new ListTicketsQuery(status, priority, assignee, requester,
                instant(at), paging.page(), paging.size()), TicketPage.class);
        if (readsAll(user) || !isAnalyst(user)) {
            return found;
        }
        return new TicketPage(found.items().stream().map(TicketSummary::withoutPersonalData).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/tickets/{ticketId}")
    @PreAuthorize("hasAnyRole('IT', 'ADMIN', 'COMPLIANCE', 'EMPLOYEE', 'MANAGER', 'HR', 'PAYROLL', 'FINANCE', "
            + "'OPERATIONS', 'LEGAL')")
    @Operation(summary = "One ticket with its comments and SLA status", description = "Employees their own only "
            + "(404 for anybody else's, as if it did not exist).")
    TicketDetails ticket(@PathVariable TicketId ticketId, @RequestParam(required = false) String at,
                         Authentication user) {
        TicketDetails found = queries.optional(new FindTicketQuery(ticketId, instant(at)), TicketDetails.class)
                .filter(details -> readsAll(user)
                        || CurrentEmployee.employeeNumber(user).equals(details.ticket().requester()))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "No ticket " + ticketId));
        return found;
    }

    @GetMapping("/assets")
    @PreAuthorize("hasAnyRole('IT', 'ADMIN', 'COMPLIANCE', 'ANALYST')")
    @Operation(summary = "The asset register, by type and serial number", description = "Filters: employeeId (the "
            + "holder; not for ANALYST), status, type. ANALYST sees no holders.")
    AssetPage assets(@RequestParam(required = false) EmployeeId employeeId,
                     @RequestParam(required = false) AssetStatus status,
                     @RequestParam(required = false) AssetType type,
                     Paging paging,
                     Authentication user) {
        boolean withoutNames = !readsAll(user);
        if (withoutNames && employeeId != null) {
            throw new DomainException(CommonErrors.FORBIDDEN, "Who holds which asset is personal data");
        }
        AssetPage found = queries.answer(new ListAssetsQuery(employeeId, status, type, paging.page(), paging.size()),
                AssetPage.class);
        if (!withoutNames) {
            return found;
        }
        return new AssetPage(found.items().stream().map(AssetSummary::withoutPersonalData).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/employees/{employeeId}/accounts")
    @Operation(summary = "An employee's system accounts, active and revoked, with dates and reasons")
    EmployeeSystemAccounts accounts(@PathVariable EmployeeId employeeId) {
        return queries.answer(new FindSystemAccountsQuery(employeeId), EmployeeSystemAccounts.class);
    }

    @GetMapping("/security-incidents")
    @Operation(summary = "Security incidents, newest first", description = "Filters: status, severity.")
    SecurityIncidentPage incidents(@RequestParam(required = false) IncidentStatus status,
                                   @RequestParam(required = false) IncidentSeverity severity,
                                   Paging paging) {
        return queries.answer(new ListSecurityIncidentsQuery(status, severity, paging.page(), paging.size()),
                SecurityIncidentPage.class);
    }

    private static boolean readsAll(Authentication user) {
        return CurrentEmployee.hasRole(user, Roles.IT) || CurrentEmployee.hasRole(user, Roles.ADMIN)
                || CurrentEmployee.hasRole(user, Roles.COMPLIANCE);
    }

    private static boolean isAnalyst(Authentication user) {
        return CurrentEmployee.hasRole(user, Roles.ANALYST);
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : RequestDates.requireInRange("at", Instant.parse(at));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "at must be an ISO instant such as 2026-05-01T09:00:00Z");
        }
    }
}
