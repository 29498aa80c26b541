package dev.urakata.command.it;

import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.it.ContainSecurityIncidentCommand;
import dev.urakata.shared.it.ReportSecurityIncidentCommand;
import dev.urakata.shared.it.ResolveSecurityIncidentCommand;
import dev.urakata.shared.it.SecurityIncidentId;
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
 * Security incidents: any employee reports one; IT and ADMIN contain and then resolve it (in that order).
 */
@JsonApi("/api/it/security-incidents")
@PreAuthorize("hasAnyRole('IT', 'ADMIN')")
@Tag(name = "Security incidents", description = "Report (any employee), contain, then resolve (IT, ADMIN).")
class SecurityIncidentController {

    private final Commands commands;

    SecurityIncidentController(Commands commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SupportTicketController.ANY_EMPLOYEE)
    @Operation(summary = "Report a security incident", description = "201 with the new incident's id.")
    ResponseEntity<ItCommandRequests.IncidentIdResponse> report(@Valid @RequestBody ItCommandRequests.ReportIncident request,
                             Authentication user) {
        SecurityIncidentId id = SecurityIncidentId.newId();
        return commands.create(new ReportSecurityIncidentCommand(id, request.severity(), request.title(),
                request.description(), user.getName()),
                "/api/it/security-incidents/" + id, new ItCommandRequests.IncidentIdResponse(id.value()));
    }

    @PostMapping(path = "/{incidentId}/contain", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record how a reported incident was contained")
    ResponseEntity<ItCommandRequests.IncidentIdResponse> contain(@PathVariable SecurityIncidentId incidentId,
                              @Valid @RequestBody ItCommandRequests.ContainIncident request,
                              Authentication user) {
        return commands.send(new ContainSecurityIncidentCommand(incidentId, request.note(), user.getName()),
                new ItCommandRequests.IncidentIdResponse(incidentId.value()));
    }

    @PostMapping(path = "/{incidentId}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resolve a contained incident", description = "409 SECURITY_INCIDENT_STATUS_CONFLICT when "
            + "it is not contained yet.")
    ResponseEntity<ItCommandRequests.IncidentIdResponse> resolveIncident(@PathVariable SecurityIncidentId incidentId,
                              @Valid @RequestBody ItCommandRequests.ResolveIncident request,
                              Authentication user) {
        return commands.send(new ResolveSecurityIncidentCommand(incidentId, request.rootCause(), request.resolution(),
                        user.getName()),
                new ItCommandRequests.IncidentIdResponse(incidentId.value()));
    }
}
