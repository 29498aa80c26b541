package dev.urakata.query.operations;

import dev.urakata.shared.operations.ProcessorStatus;
import dev.urakata.shared.operations.ProcessorStatusList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Event processors: how far behind they are, and rebuilding a projection. Roles: ADMIN; GET also COMPLIANCE. */
@RestController
@RequestMapping(path = "/api/operations/processors", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Event processors", description = "Status, lag and rebuild of the event processors of this instance. "
        + "Roles: ADMIN; reading also COMPLIANCE.")
class ProcessorOperationsController {

    private final ProcessorOperations operations;

    ProcessorOperationsController(ProcessorOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "Every event processor with its position, lag and replay progress")
    ProcessorStatusList list() {
        List<ProcessorStatus> items = operations.all();
        return new ProcessorStatusList(items, 0, items.size(), items.size());
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild the projections of a processor by replaying every event",
            description = "Answers 202 at once; the replay runs in the background (follow replayProgress). "
                    + "404 for an unknown processor, 409 when it cannot be reset.")
    ResponseEntity<ProcessorStatus> rebuild(@PathVariable String name) {
        return ResponseEntity.accepted().body(operations.rebuild(name));
    }
}
