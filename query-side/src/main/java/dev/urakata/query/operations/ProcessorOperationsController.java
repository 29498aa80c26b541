package dev.urakata.query.operations;

import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.operations.ProcessorStatus;
import dev.urakata.shared.operations.ProcessorStatusList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.Principal;
import java.util.List;

/**
 * Event processors: how far behind they are, and rebuilding a projection. Roles: ADMIN; GET also COMPLIANCE.
 */
@JsonApi("/api/operations/processors")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Event processors", description = "Status, lag, rebuild and reset of the event processors of this "
        + "instance. Roles: ADMIN; reading also COMPLIANCE.")
class ProcessorOperationsController {

    private final ProcessorOperations operations;

    ProcessorOperationsController(ProcessorOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "Every event processor with its position, lag, replay progress and latest rebuild")
    ProcessorStatusList list() {
        List<ProcessorStatus> items = operations.all();
        return new ProcessorStatusList(items, 0, items.size(), items.size());
    }

    @GetMapping("/{name}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "One event processor with its position, lag, replay progress and latest rebuild")
    ProcessorStatus one(@PathVariable String name) {
        return operations.one(name);
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the projections of a processor beside the live ones, then switch (blue-green)",
            description = "Answers 202 at once; a new version of the processor's read models is built from every "
                    + "event in the background while queries keep reading the complete live version, and replaces "
                    + "it in one step once it has caught up. Follow rebuild.state (BUILDING, SWITCHING, DONE, FAILED) "
                    + "and rebuild.progress at the Location. A failed rebuild leaves the live version unchanged. "
                    + "404 for an unknown processor; 409 PROCESSOR_REBUILD_IN_PROGRESS while one runs, "
                    + "PROCESSOR_RESET_NOT_SUPPORTED for a saga, PROCESSOR_REBUILD_NOT_SUPPORTED for projections "
                    + "that keep their state elsewhere than in MongoDB (reset those in place).")
    ResponseEntity<ProcessorStatus> rebuild(@PathVariable String name, Principal user) {
        ProcessorStatus status = operations.rebuild(name, user.getName());
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/operations/processors/{name}").buildAndExpand(name).toUri())
                .body(status);
    }

    @PostMapping("/{name}/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reset a processor in place: empty its projections and replay every event into them",
            description = "Answers 202 at once; the replay runs in the background (follow replayProgress) and "
                    + "queries see a partial read model until it ends. For projections that cannot be rebuilt "
                    + "beside the live ones. 404 for an unknown processor, 409 when it cannot be reset.")
    ResponseEntity<ProcessorStatus> reset(@PathVariable String name, Principal user) {
        return ResponseEntity.accepted().body(operations.reset(name, user.getName()));
    }
}
