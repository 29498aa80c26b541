package dev.urakata.query.operations;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.shared.operations.DeadLetterEvictionResult;
import dev.urakata.shared.operations.DeadLetterGroupList;
import dev.urakata.shared.operations.DeadLetterGroupSummary;
import dev.urakata.shared.operations.DeadLetterRetryResult;
import dev.urakata.shared.operations.DeadLetterSequencePage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

/** Dead-letter queues of the processing groups. Roles: ADMIN; GET also COMPLIANCE. */
@JsonApi("/api/operations/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Dead letters", description = "Events their projection could not handle: inspect, retry, evict. "
        + "Roles: ADMIN; reading also COMPLIANCE.")
class DeadLetterController {

    private final DeadLetterOperations operations;

    DeadLetterController(DeadLetterOperations operations) {
        this.operations = operations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "Every processing group with a dead-letter queue and how much it holds")
    DeadLetterGroupList groups() {
        List<DeadLetterGroupSummary> items = operations.groups();
        return new DeadLetterGroupList(items, 0, items.size(), items.size());
    }

    @GetMapping("/{group}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "The dead-lettered sequences of a processing group with their letters, in queue order")
    DeadLetterSequencePage sequences(@PathVariable String group,
                                     Paging paging) {
        return operations.sequences(group, paging.page(), paging.size());
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Retry every dead-lettered sequence, oldest first",
            description = "Stops at the first sequence that fails again; answers how many were processed and how "
                    + "many remain.")
    DeadLetterRetryResult retry(@PathVariable String group) {
        return operations.retry(group);
    }

    @PostMapping("/{group}/sequences/{sequenceId}/evict")
    @Operation(summary = "Drop the letters of one sequence without handling them")
    DeadLetterEvictionResult evict(@PathVariable String group, @PathVariable String sequenceId) {
        return operations.evict(group, sequenceId);
    }
}
