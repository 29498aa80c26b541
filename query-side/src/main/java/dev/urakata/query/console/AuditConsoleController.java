package dev.urakata.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.refusals.RefusalLog;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.audit.AuditChainVerifier;
import dev.urakata.query.web.CsvFiles;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.audit.AggregateTimeline;
import dev.urakata.shared.audit.AuditEventEntry;
import dev.urakata.shared.audit.AuditEventPage;
import dev.urakata.shared.audit.FindAggregateTimelineQuery;
import dev.urakata.shared.audit.FindAuditEventsQuery;
import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogPage;
import dev.urakata.shared.audit.TimelineStep;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit workbench for ADMIN and COMPLIANCE: search the trail, step through an aggregate's timeline with its
 * state after each event, verify the hash chain, export a search as CSV, read the security and refusal log.
 *
 * <p>The timeline is rebuilt by the command side, the only side that knows the aggregates; the console asks for it
 * with {@link FindAggregateTimelineQuery} over the query bus (in distributed mode Axon Server routes the query to a
 * command-side instance), never over HTTP and never with command-side classes.
 */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
@RequestMapping("/console/audit")
@PreAuthorize(ConsoleSecurityConfiguration.AUDITORS)
class AuditConsoleController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_PAGE = 200;
    private static final int EXPORT_MAX_ROWS = 100_000;

    private final ReadQueries queries;
    private final AuditChainVerifier verifier;
    private final RefusalLog refusals;

    private final ObjectMapper json;

    AuditConsoleController(ReadQueries queries, AuditChainVerifier verifier, RefusalLog refusals,
                           ObjectMapper json) {
        this.queries = queries;
        this.verifier = verifier;
        this.refusals = refusals;
        this.json = json;
    }

    /** A search of the trail as the form sends it; every filter optional, dates as whole UTC days. */
    record Search(String aggregateType, String aggregateId, String type, String user, String correlationId,
                  String from, String to) {

        FindAuditEventsQuery query(int page, int size) {
            return new FindAuditEventsQuery(blank(aggregateType), blank(aggregateId), blank(type), blank(user),
                    blank(correlationId), day("from", from, 0), day("to", to, 1), page, size);
        }

        boolean any() {
            return blank(aggregateType) != null || blank(aggregateId) != null || blank(type) != null
                    || blank(user) != null || blank(correlationId) != null || blank(from) != null
                    || blank(to) != null;
        }

        String queryString() {
            return AuditConsoleController.queryString("aggregateType", aggregateType, "aggregateId", aggregateId,
                    "type", type, "user", user, "correlationId", correlationId, "from", from, "to", to);
        }
    }

    @GetMapping
    String search(Search search, @RequestParam(defaultValue = "0") int page, Model model) {
        queries.checkPaging(page, PAGE_SIZE);
        model.addAttribute("search", search);
        if (search.any()) {
            AuditEventPage found = queries.answer(search.query(page, PAGE_SIZE), AuditEventPage.class);
            model.addAttribute("found", found);
            model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        }
        model.addAttribute("queryString", search.queryString());
        return "console/audit";
    }

    /** A search of the refusal log as its form sends it; every filter optional, dates as whole UTC days. */
    record RefusalSearch(String user, String kind, String code, String from, String to, String route) {

        RefusalLog.Search search() {
            Instant start = day("from", from, 0);
            Instant end = day("to", to, 1);
            if (start != null && end != null && !start.isBefore(end)) {
                throw new DomainException(CommonErrors.INVALID_INPUT, "from must be before to");
            }
            return new RefusalLog.Search(blank(user), kindChosen(), blank(code), start, end, blank(route));
        }

        private RefusalKind kindChosen() {
            String k = blank(kind);
            if (k == null) {
                return null;
            }
            try {
                return RefusalKind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(CommonErrors.INVALID_INPUT, "kind must be one of "
                        + Arrays.toString(RefusalKind.values()));
            }
        }

        String queryString() {
            return AuditConsoleController.queryString("user", user, "kind", kind, "code", code, "from", from,
                    "to", to, "route", route);
        }
    }

    /** The refusal log, newest first: refused sign-ins, forbidden requests, refused commands. */
    @GetMapping("/refusals")
    String refusals(RefusalSearch search, @RequestParam(defaultValue = "0") int page, Model model) {
        queries.checkPaging(page, PAGE_SIZE);
        RefusalLogPage found = refusals.search(search.search(), page, PAGE_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("kinds", RefusalKind.values());
        model.addAttribute("found", found);
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        model.addAttribute("queryString", search.queryString());
        return "console/refusals";
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> export(Search search, @RequestParam(defaultValue = "false") boolean excel) {
        List<List<ConsoleViews.Cell>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_MAX_ROWS; page++) {
            AuditEventPage found = queries.answer(search.query(page, EXPORT_PAGE), AuditEventPage.class);
            for (AuditEventEntry e : found.items()) {
                rows.add(ConsoleViews.Cell.texts(String.valueOf(e.timestamp()), e.eventType(), e.aggregateType(),
                        e.aggregateId(), Long.toString(e.sequence()), e.user(), e.correlationId(), e.causationId(),
                        e.eventId()));
            }
            if (found.items().size() < EXPORT_PAGE) {
                break;
            }
        }
        ConsoleViews.Table table = new ConsoleViews.Table("Audit trail", List.of("timestamp", "eventType",
                "aggregateType", "aggregateId", "sequence", "user", "correlationId", "causationId", "eventId"), rows);
        return CsvFiles.download(CsvFiles.fileName("audit-trail", "csv", "aggregateType", search.aggregateType(),
                "aggregateId", search.aggregateId(), "type", search.type(), "user", search.user(), "correlationId",
                search.correlationId(), "from", search.from(), "to", search.to()), CsvFiles.CSV)
                .body(ConsoleViews.csv(table, excel));
    }

    /** One step of a timeline: the event, the state after it, and which fields it changed. */
    @GetMapping("/timeline/{aggregateType}/{aggregateId}")
    String timeline(@PathVariable String aggregateType, @PathVariable String aggregateId,
                    @RequestParam(required = false) Integer step, @RequestParam(required = false) String asOf,
                    Model model) {
        Instant at = blank(asOf) == null ? null : day("asOf", asOf, 1);
        AggregateTimeline timeline = queries.found(new FindAggregateTimelineQuery(aggregateType, aggregateId, null,
                at), AggregateTimeline.class, "No " + aggregateType + " with id " + aggregateId);
        model.addAttribute("timeline", timeline);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        if (!timeline.steps().isEmpty()) {
            int last = timeline.steps().size() - 1;
            int index = step == null ? last : Math.max(0, Math.min(step, last));
            TimelineStep current = timeline.steps().get(index);
            Map<String, Object> before = index == 0 ? Map.of() : timeline.steps().get(index - 1).stateAfter();
            Set<String> changed = new TreeSet<>();
            current.stateAfter().forEach((k, v) -> {
                if (!Objects.equals(before.get(k), v)) {
                    changed.add(k);
                }
            });
            model.addAttribute("index", index);
            model.addAttribute("last", last);
            model.addAttribute("current", current);
            model.addAttribute("changed", changed);
            model.addAttribute("payload", readable(current.payload()));
            model.addAttribute("state", readable(current.stateAfter()));
            // What the payroll showed for the month the event took effect in, as it was known that day.
            String effective = effectiveMonth(current);
            model.addAttribute("payrollLink", "/console/dashboards/payroll?from=" + effective + "&to=" + effective
                    + "&asOf=" + current.timestamp().atZone(ZoneOffset.UTC).toLocalDate());
            model.addAttribute("payrollMonth", effective);
        }
        return "console/timeline";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "console/verify";
    }

    /** Values as text: nested values (money, lists) as compact JSON rather than Java's map notation. */
    private Map<String, String> readable(Map<String, Object> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof Iterable<?>) {
                try {
                    out.put(k, json.writeValueAsString(v));
                } catch (JsonProcessingException e) {
                    out.put(k, String.valueOf(v));
                }
            } else {
                out.put(k, v == null ? "" : String.valueOf(v));
            }
        });
        return out;
    }

    /** The event's effective date's month where it has one (a salary change from 1 July), else its own month. */
    private static String effectiveMonth(TimelineStep step) {
        for (String field : List.of("effectiveDate", "effectiveFrom", "hireDate")) {
            Object value = step.payload().get(field);
            if (value instanceof String text && text.length() >= 7) {
                return text.substring(0, 7);
            }
        }
        return step.timestamp().atZone(ZoneOffset.UTC).toString().substring(0, 7);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An ISO date as the start of that UTC day (plus {@code days}), or an instant as given. */
    private static Instant day(String name, String value, int days) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                return RequestDates.requireInRange(name, LocalDate.parse(v)).plusDays(days)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return RequestDates.requireInRange(name, Instant.parse(v));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    name + " must be an ISO date (2026-05-01) or instant (2026-05-01T09:00:00Z)");
        }
    }

    /**
     * The filters a page was found with, as the query string its paging links repeat: {@code names} alternates a
     * parameter's name and its value; blank values are left out.
     */
    private static String queryString(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = blank(namesAndValues[i + 1]);
            if (value != null) {
                out.append(out.isEmpty() ? "?" : "&").append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
