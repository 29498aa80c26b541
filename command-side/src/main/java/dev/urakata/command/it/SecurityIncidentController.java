package dev.urakata.command.it;

import dev.urakata.command.web.IdempotentCommands;
import dev.urakata.shared.it.ContainSecurityIncidentCommand;
import dev.urakata.shared.it.ReportSecurityIncidentCommand;
import dev.urakata.shared.it.ResolveSecurityIncidentCommand;
import dev.urakata.shared.it.SecurityIncidentId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Security incidents: any employee reports one; IT and ADMIN contain and then resolve it (in that order).
 */
@RestController
@RequestMapping(path = "/api/it/security-incidents", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('IT', 'ADMIN')")
@Tag(name = "Security incidents", description = "Report (any employee), contain, then resolve (IT, ADMIN).")
class SecurityIncidentController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;

    SecurityIncidentController(CommandGateway commands, IdempotentCommands idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SupportTicketController.ANY_EMPLOYEE)
    @Operation(summary = "Report a security incident", description = "201 with the new incident's id.")
    ResponseEntity<?> report(@Valid @RequestBody ItCommandRequests.ReportIncident request,
                             @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
                             Authentication user) {
        return idempotent.execute(key, user.getName(), "POST /api/it/security-incidents", request, () -> {
            SecurityIncidentId id = SecurityIncidentId.newId();
            commands.sendAndWait(new ReportSecurityIncidentCommand(id, request.severity(), request.title(),
                    request.description(), user.getName()));
            return ResponseEntity.created(URI.create("/api/it/security-incidents/" + id))
                    .body(new ItCommandRequests.IncidentIdResponse(id.value()));
        });
    }

    @PostMapping(path = "/{incidentId}/contain", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record how a reported incident was contained")
    ResponseEntity<?> contain(@PathVariable SecurityIncidentId incidentId,
                              @Valid @RequestBody ItCommandRequests.ContainIncident request,
                              @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
                              Authentication user) {
        return idempotent.send(key, user.getName(), "POST /api/it/security-incidents/" + incidentId + "/contain",
                request, new ContainSecurityIncidentCommand(incidentId, request.note(), user.getName()),
                new ItCommandRequests.IncidentIdResponse(incidentId.value()));
    }

    @PostMapping(path = "/{incidentId}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resolve a contained incident", description = "409 SECURITY_INCIDENT_STATUS_CONFLICT when "
            + "it is not contained yet.")
    ResponseEntity<?> resolve(@PathVariable SecurityIncidentId incidentId,
                              @Valid @RequestBody ItCommandRequests.ResolveIncident request,
                              @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
                              Authentication user) {
        return idempotent.send(key, user.getName(), "POST /api/it/security-incidents/" + incidentId + "/resolve",
                request, new ResolveSecurityIncidentCommand(incidentId, request.rootCause(), request.resolution(),
                        user.getName()),
                new ItCommandRequests.IncidentIdResponse(incidentId.value()));
    }
}
