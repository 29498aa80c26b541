package dev.urakata.query.audit;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.audit.AuditEventPage;
import dev.urakata.shared.audit.FindAuditEventsQuery;
import dev.urakata.shared.privacy.DataSubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;

/**
 * A person's whole trail: every event that names them, whatever aggregate it lives on — their employee record,
 * payslips, leave, contracts, tickets, rosters, and their erasure — oldest first. What a privacy officer answers a
 * subject access request with, and checks an erasure against. Roles: ADMIN, COMPLIANCE.
 *
 * <p>It lives with the audit trail because it is the audit trail, searched by {@code mentions}
 * ({@link SubjectMentions}); its route is the privacy context's, beside the erasure.
 */
@JsonApi("/api/privacy/subjects")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
// One tag, one description on both sides: a document whose tag differs per side is invalid.
@Tag(name = "Privacy", description = "A person's personal data: their whole trail (ADMIN, COMPLIANCE) and its erasure "
        + "(ADMIN).")
class SubjectTrailController {

    private final ReadQueries queries;

    SubjectTrailController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{subjectId}/trail")
    @Operation(summary = "Every event that names a person, oldest first",
            description = "An event names the person when it belongs to their aggregate (an employee's id is the "
                    + "employee), holds their personal data, or refers to their id anywhere in its content. Filters "
                    + "as in /api/audit/events: type (any case), from (inclusive) and to (exclusive), ISO-8601 "
                    + "instants. The same entries as a file: /api/audit/events/export?subject={subjectId}.")
    AuditEventPage trail(@PathVariable DataSubjectId subjectId,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant to,
                         @Paging.DefaultSize(50) Paging paging) {
        FindAuditEventsQuery query = new FindAuditEventsQuery(null, null, type, null, null, from, to, paging.page(),
                paging.size(), subjectId.value());
        AuditTrailFilter.of(query).checked(); // refused here, as a 400, before anything is read
        return queries.answer(query, AuditEventPage.class);
    }
}
