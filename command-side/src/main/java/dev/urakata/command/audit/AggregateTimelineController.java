package dev.urakata.command.audit;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.audit.AggregateTimeline;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Step-through replay of any aggregate for compliance officers: its events in order, who caused each and as part
 * of what, and the aggregate's state after each one (see {@link AggregateTimelines}). With {@code asOfSequence} or
 * {@code asOf} it stops there, which gives the state of the aggregate at that point. Served by the command side
 * because only it knows the aggregates. Roles: ADMIN, COMPLIANCE.
 */
@JsonApi("/api/audit/aggregates")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
@Tag(name = "Audit timeline", description = "An aggregate's events with the state after each. Roles: ADMIN, "
        + "COMPLIANCE.")
class AggregateTimelineController {

    private final AggregateTimelines timelines;

    AggregateTimelineController(AggregateTimelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/{aggregateType}/{aggregateId}/timeline")
    @Operation(summary = "An aggregate's events with the state after each, optionally up to a sequence or instant")
    AggregateTimeline timeline(@PathVariable String aggregateType, @PathVariable String aggregateId,
                               @RequestParam(required = false) Long asOfSequence,
                               @RequestParam(required = false) String asOf) {
        if (asOfSequence != null && asOfSequence < 0) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "asOfSequence must be 0 or more: an aggregate's "
                    + "first event is sequence 0");
        }
        // a plain date as everywhere else: the end of that day (it used to be refused here alone)
        return timelines.timeline(aggregateType, aggregateId, asOfSequence, asOf == null ? null : AsOf.parse(asOf));
    }
}
