package dev.urakata.query.workforce;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.EmployeeShiftPage;
import dev.urakata.shared.workforce.FindScheduleQuery;
import dev.urakata.shared.workforce.FindShiftQuery;
import dev.urakata.shared.workforce.LabourRule;
import dev.urakata.shared.workforce.LabourViolationPage;
import dev.urakata.shared.workforce.ListEmployeeShiftsQuery;
import dev.urakata.shared.workforce.ListLabourViolationsQuery;
import dev.urakata.shared.workforce.ListUnderstaffedShiftsQuery;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ScheduleSummary;
import dev.urakata.shared.workforce.ScheduleWeekQuery;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftPage;
import dev.urakata.shared.workforce.ShiftView;
import dev.urakata.shared.workforce.ViolationSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schedules by week, shifts, each employee's shifts, understaffed shifts and labour rule violations. Roles: ADMIN,
 * HR, MANAGER, COMPLIANCE. ANALYST reads schedules and staffing figures (shifts by week, understaffed shifts) without
 * who is on them, and nothing about one person: a roster, an employee's shifts and their violations are personal data.
 */
@JsonApi("/api/workforce")
@PreAuthorize(WorkforceQueryController.PLANNERS)
@Tag(name = "Workforce", description = "Rosters, understaffed shifts and labour rule violations. "
        + "Roles: ADMIN, HR, MANAGER, COMPLIANCE; ANALYST schedules and staffing figures without names.")
class WorkforceQueryController {

    static final String PLANNERS = "hasAnyRole('ADMIN', 'HR', 'MANAGER', 'COMPLIANCE')";
    private static final String STAFFING = "hasAnyRole('ADMIN', 'HR', 'MANAGER', 'COMPLIANCE', 'ANALYST')";

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** The longest date range one list covers. */
    private static final long MAX_RANGE_DAYS = 366;

    private final ReadQueries queries;

    WorkforceQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/schedules/week")
    @PreAuthorize(STAFFING)
    @Operation(summary = "A location's shifts in one ISO week, with their employees and headcount",
            description = "week as 2026-W15. ANALYST: headcounts only, no employees.")
    ShiftPage week(@RequestParam String location, @RequestParam String week,
                   @Paging.DefaultSize(50) Paging paging,
                   Authentication user) {
        return forReader(user, queries.answer(new ScheduleWeekQuery(location, monday(week), paging.page(),
                paging.size()),
                ShiftPage.class));
    }

    @GetMapping("/schedules/{scheduleId}")
    @PreAuthorize(STAFFING)
    @Operation(summary = "One schedule")
    ScheduleSummary schedule(@PathVariable ScheduleId scheduleId) {
        return queries.found(new FindScheduleQuery(scheduleId), ScheduleSummary.class,
                "No schedule with id " + scheduleId);
    }

    @GetMapping("/shifts/understaffed")
    @PreAuthorize(STAFFING)
    @Operation(summary = "Live shifts with fewer employees than they need", description = "By start; from and to "
            + "are days (shift start), at most 366 days apart. ANALYST: headcounts only, no employees.")
    ShiftPage understaffed(@RequestParam(required = false) String location,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           Paging paging,
                           Authentication user) {
        checkRange(from, to);
        return forReader(user, queries.answer(new ListUnderstaffedShiftsQuery(location, from, to,
                paging.page(), paging.size()), ShiftPage.class));
    }

    @GetMapping("/shifts/{shiftId}")
    @Operation(summary = "One shift with its employees")
    ShiftView shift(@PathVariable ShiftId shiftId) {
        return queries.found(new FindShiftQuery(shiftId), ShiftView.class, "No shift with id " + shiftId);
    }

    @GetMapping("/employees/{employeeId}/shifts")
    @Operation(summary = "An employee's shifts starting between two days", description = "At most 366 days apart.")
    EmployeeShiftPage employeeShifts(@PathVariable EmployeeId employeeId,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     Paging paging) {
        checkRange(from, to);
        return queries.answer(new ListEmployeeShiftsQuery(employeeId, from, to, paging.page(), paging.size()),
                EmployeeShiftPage.class);
    }

    @GetMapping("/violations")
    @Operation(summary = "Labour rule violations", description = "Found at assignment time (foundBy=ASSIGNMENT) or "
            + "when a rule change re-checked planned shifts (RULE_CHANGE); every filter is optional.")
    LabourViolationPage violations(@RequestParam(required = false) EmployeeId employeeId,
                                   @RequestParam(required = false) ScheduleId scheduleId,
                                   @RequestParam(required = false) LabourRule rule,
                                   @RequestParam(required = false) ViolationSource foundBy,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate to,
                                   Paging paging) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "to must not be before from");
        }
        return queries.answer(new ListLabourViolationsQuery(employeeId, scheduleId, rule, foundBy,
                from, to, paging.page(), paging.size()), LabourViolationPage.class);
    }

    /** The shifts as {@code user} may see them: an analyst's without who is on them, counts kept. */
    private static ShiftPage forReader(Authentication user, ShiftPage shifts) {
        if (!CurrentEmployee.hasRole(user, Roles.ANALYST) || CurrentEmployee.hasRole(user, Roles.ADMIN)
                || CurrentEmployee.hasRole(user, Roles.HR) || CurrentEmployee.hasRole(user, Roles.MANAGER)
                || CurrentEmployee.hasRole(user, Roles.COMPLIANCE)) {
            return shifts;
        }
        return new ShiftPage(shifts.items().stream().map(shift -> new ShiftView(shift.scheduleId(), shift.shiftId(),
                shift.location(), shift.team(), shift.timeZone(), shift.start(), shift.end(), shift.position(),
                shift.requiredHeadcount(), shift.assignedCount(), shift.missing(), shift.status(),
                shift.openForClaims(), List.of())).toList(), shifts.page(), shifts.size(), shifts.total());
    }

    /** The Monday of an ISO week such as 2026-W15; INVALID_INPUT for anything else. */
    static LocalDate monday(String week) {
        Matcher matcher = ISO_WEEK.matcher(week);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            int number = Integer.parseInt(matcher.group(2));
            LocalDate midYear = LocalDate.of(year, 7, 1);
            if (number >= 1 && number <= midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
            }
        }
        throw new DomainException(CommonErrors.INVALID_INPUT, "week must be an ISO week such as 2026-W15");
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from..to must be a range of at most "
                    + MAX_RANGE_DAYS + " days");
        }
    }
}
