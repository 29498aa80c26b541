package dev.urakata.command.workforce;

import dev.urakata.command.web.KnownEvents;
import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.EffectiveOn;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.workforce.ConsecutiveDaysLimitSetEvent;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRulesId;
import dev.urakata.shared.workforce.LabourRulesOnDay;
import dev.urakata.shared.workforce.MinimumRestSetEvent;
import dev.urakata.shared.workforce.WeeklyHoursLimitSetEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The labour rules in force on a day, as known at an instant: what a schedule of that day was checked against.
 * Answered from the rule book's own events, one per change. Roles: ADMIN, HR, MANAGER, COMPLIANCE.
 */
@JsonApi("/api/workforce/labour-rules")
@PreAuthorize("hasAnyRole('ADMIN', 'HR', 'MANAGER', 'COMPLIANCE')")
@Tag(name = "Labour rules", description = "The rule book in force on a day, as known at an instant. Roles: ADMIN, "
        + "HR, MANAGER, COMPLIANCE.")
class LabourRulesOnDayController {

    private final KnownEvents events;

    LabourRulesOnDayController(KnownEvents events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "The rules in force, with every change counted",
            description = "A change takes effect when it is recorded, so effectiveOn counts the changes recorded by "
                    + "the end of that day (UTC), and asOf those recorded by then; with both, the earlier. Without "
                    + "either: the rules now. A rule never set is absent.")
    LabourRulesOnDay rules(@RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String effectiveOn) {
        Instant knownAt = asOf == null ? null : AsOf.parse(asOf);
        LocalDate day = EffectiveOn.parse(effectiveOn);
        Instant upTo = knownAt;
        if (day != null) {
            Instant endOfDay = AsOf.endOf(day);
            upTo = upTo == null || endOfDay.isBefore(upTo) ? endOfDay : upTo;
        }
        LabourRuleBook book = LabourRuleBook.NONE;
        List<LabourRulesOnDay.Change> changes = new ArrayList<>();
        for (DomainEventMessage<?> event : events.of(LabourRulesId.COMPANY.value(), upTo)) {
            Object payload = event.getPayload();
            LabourRule rule = payload instanceof WeeklyHoursLimitSetEvent ? LabourRule.WEEKLY_HOURS
                    : payload instanceof MinimumRestSetEvent ? LabourRule.MINIMUM_REST
                    : payload instanceof ConsecutiveDaysLimitSetEvent ? LabourRule.CONSECUTIVE_DAYS : null;
            if (rule != null) {
                book = book.with(payload);
                changes.add(new LabourRulesOnDay.Change(rule, book.versionOf(rule), event.getTimestamp(),
                        (String) event.getMetaData().get(MetadataKeys.USER)));
            }
        }
        return new LabourRulesOnDay(day, knownAt, book, changes);
    }
}
