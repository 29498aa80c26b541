package dev.urakata.query.audit;

import dev.urakata.config.refusals.RefusalLog;
import dev.urakata.config.web.JsonApi;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.web.Paging;
import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogPage;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Searching the security and refusal log: refused sign-ins, forbidden requests and refused commands, read straight
 * from its table beside the events (it is not a projection; every process appends to the one table). Roles: ADMIN,
 * COMPLIANCE; anyone else's attempt is itself recorded there.
 */
@JsonApi("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
@Tag(name = "Security and refusal log", description = "Refused sign-ins, forbidden requests and refused commands: who, "
        + "when, what, why, from where. Hash-chained, checked by /api/audit/verify. Roles: ADMIN, COMPLIANCE.")
class RefusalLogController {

    static final String FROM = "From this instant (2026-05-01T09:00:00Z) or the start of this date in UTC "
            + "(2026-05-01), inclusive; years 1900 to 9999";
    static final String TO = "Up to this instant (2026-05-02T00:00:00Z), exclusive, or to the end of this date in UTC "
            + "(2026-05-01), inclusive; after from; years 1900 to 9999";

    private final RefusalLog refusals;

    RefusalLogController(RefusalLog refusals) {
        this.refusals = refusals;
    }

    @GetMapping("/refusals")
    @Operation(summary = "Search the security and refusal log, newest first",
            description = "Filters are whole matches (user and code in any case); from and to are instants or "
                    + "dates. No request body and no problem detail is recorded, only the code and a short reason.")
    RefusalLogPage refusals(@Parameter(description = "the signed-in user, or the account a failed sign-in tried")
                            @RequestParam(required = false) String user,
                            @RequestParam(required = false) RefusalKind kind,
                            @Parameter(description = "the problem's code", example = "FOUR_EYES_REQUIRED")
                            @RequestParam(required = false) String code,
                            @Parameter(description = FROM, example = "2026-05-01")
                            @RequestParam(required = false) String from,
                            @Parameter(description = TO, example = "2026-05-01")
                            @RequestParam(required = false) String to,
                            @Parameter(description = "the route's pattern, as the rows show it",
                                    example = "/api/purchasing/orders/{purchaseOrderId}/approve")
                            @RequestParam(required = false) String route,
                            @Paging.DefaultSize(50) Paging paging) {
        return refusals.search(search(user, kind, code, from, to, route), paging.page(), paging.size());
    }

    /** The filters as the log takes them; a 400 for a date that is neither form, or from not before to. */
    static RefusalLog.Search search(String user, RefusalKind kind, String code, String from, String to,
                                    String route) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from must be before to");
        }
        return new RefusalLog.Search(user, kind, code, start, end, route);
    }

    /** An instant as given, or a date: its start ({@code from}), or the start of the next day ({@code to}). */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = RequestDates.requireInRange(name, LocalDate.parse(text));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return RequestDates.requireInRange(name, Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    name + " must be an ISO date (2026-05-01) or instant (2026-05-01T09:00:00Z)");
        }
    }
}
