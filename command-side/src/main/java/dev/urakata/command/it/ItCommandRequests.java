package dev.urakata.command.it;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The JSON bodies of the IT command endpoints, with the shape checks that come before any business rule. */
final class ItCommandRequests {

    private ItCommandRequests() {
    }

    record RegisterAsset(
            @NotNull AssetType assetType,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}",
                    message = "must be 1-64 letters, digits, '.', '_', '/' or '-'") String serialNumber,
            @NotBlank @Size(max = 200) String model) {
    }

    record AssignAsset(@NotNull EmployeeId employeeId, @NotNull @PlausibleDate LocalDate assignedOn) {
    }

    record ReturnAsset(@NotNull @PlausibleDate LocalDate returnedOn, @Size(max = 500) String condition) {
    }

    record RetireAsset(@NotNull @PlausibleDate LocalDate retiredOn, @NotBlank @Size(max = 500) String reason) {
    }

    record ProvisionAccount(
            @NotNull @Pattern(regexp = SystemAccounts.SYSTEM_FORMAT,
                    message = "must be 1-32 lower-case letters, digits or dashes") String system,
            @Size(max = 500) String reason) {
    }

    /** {@code system} left out revokes every active account. */
    record RevokeAccounts(
            @Pattern(regexp = SystemAccounts.SYSTEM_FORMAT,
                    message = "must be 1-32 lower-case letters, digits or dashes") String system,
            @Size(max = 500) String reason) {
    }

    /** {@code requester}: the employee number; IT and ADMIN must name one, anybody else opens for themselves. */
    record OpenTicket(
            @Size(min = 1, max = 64) String requester,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Pattern(regexp = "[A-Z_]{1,32}", message = "must be an upper-case code such as HARDWARE")
            String category,
            @NotNull TicketPriority priority) {
    }

    record AssignTicket(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "must be a user name")
                        String assignee) {
    }

    @Schema(name = "TicketCommentRequest")

    record Comment(@NotBlank @Size(max = 5000) String text) {
    }

    record ResolveTicket(@NotBlank @Size(max = 5000) String resolution) {
    }

    record ReopenTicket(@NotBlank @Size(max = 1000) String reason) {
    }

    record ReportIncident(
            @NotNull IncidentSeverity severity,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description) {
    }

    record ContainIncident(@NotBlank @Size(max = 5000) String note) {
    }

    record ResolveIncident(@NotBlank @Size(max = 5000) String rootCause,
                           @NotBlank @Size(max = 5000) String resolution) {
    }

    /** The answer to asset commands. */
    record AssetIdResponse(String assetId) {
    }

    /** The answer to account commands. */
    record AccountsResponse(String employeeId, String system) {
    }

    /** The answer to ticket commands. */
    record TicketIdResponse(String ticketId) {
    }

    /** The answer to security incident commands. */
    record IncidentIdResponse(String incidentId) {
    }
}
