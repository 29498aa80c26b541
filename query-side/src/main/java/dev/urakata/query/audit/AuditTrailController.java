package dev.urakata.query.audit;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.audit.AuditEventPage;
import dev.urakata.shared.audit.FindAuditEventsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;

/** Searching the audit trail. Roles: ADMIN, COMPLIANCE. */
@JsonApi("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
@Tag(name = "Audit trail", description = "Every recorded event: who, what, when, why. Roles: ADMIN, COMPLIANCE.")
class AuditTrailController {

    private final ReadQueries queries;

    AuditTrailController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/events")
    @Operation(summary = "Search events, oldest first",
            description = "Filters are whole matches (user and type in any case); from (inclusive) and to "
                    + "(exclusive) are ISO-8601 instants, from before to.")
    AuditEventPage events(@RequestParam(required = false) String aggregateType,
                          @RequestParam(required = false) String aggregateId,
                          @RequestParam(required = false) String type,
                          @RequestParam(required = false) String user,
                          @RequestParam(required = false) String correlationId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                          Instant to,
                          @Paging.DefaultSize(50) Paging paging) {
        FindAuditEventsQuery query = new FindAuditEventsQuery(aggregateType, aggregateId, type, user,
                correlationId, from, to, paging.page(), paging.size());
        AuditTrailFilter.of(query).checked(); // refused here, as a 400, before anything is read
        return queries.answer(query, AuditEventPage.class);
    }
}
