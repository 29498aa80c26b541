package dev.urakata.command.workforce;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.AggregateKinds;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.command.workforce.LabourRuleVerdicts.Verdict;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.workforce.AddShiftCommand;
import dev.urakata.shared.workforce.ApproveShiftSwapCommand;
import dev.urakata.shared.workforce.AssignEmployeeToShiftCommand;
import dev.urakata.shared.workforce.AssignmentSource;
import dev.urakata.shared.workforce.CancelShiftCommand;
import dev.urakata.shared.workforce.ClaimOpenShiftCommand;
import dev.urakata.shared.workforce.CreateScheduleCommand;
import dev.urakata.shared.workforce.EmployeeAssignedToShiftEvent;
import dev.urakata.shared.workforce.EmployeeUnassignedFromShiftEvent;
import dev.urakata.shared.workforce.LabourRuleBook;
import dev.urakata.shared.workforce.LabourRuleChecks;
import dev.urakata.shared.workforce.LabourRuleViolationDetectedEvent;
import dev.urakata.shared.workforce.OpenShiftForClaimsCommand;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.PublishScheduleCommand;
import dev.urakata.shared.workforce.RejectShiftSwapCommand;
import dev.urakata.shared.workforce.RequestShiftSwapCommand;
import dev.urakata.shared.workforce.ScheduleCreatedEvent;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.SchedulePublishedEvent;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftCancelledEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftOpenedForClaimsEvent;
import dev.urakata.shared.workforce.ShiftPublishedEvent;
import dev.urakata.shared.workforce.ShiftSwapApprovedEvent;
import dev.urakata.shared.workforce.ShiftSwapRejectedEvent;
import dev.urakata.shared.workforce.ShiftSwapRequestedEvent;
import dev.urakata.shared.workforce.SwapId;
import dev.urakata.shared.workforce.UnassignEmployeeFromShiftCommand;
import dev.urakata.shared.workforce.UnassignmentReason;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.urakata.shared.error.Checks.notBlank;
import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One team's shifts at one location for a period of at most three months: planning, assignment under the labour
 * rules, publication, open shifts, claims and swaps.
 *
 * <p>Each employee's shifts are indexed ({@code shiftsByEmployee}), so checking an assignment looks at that
 * employee's few shifts, never at the whole month. Field visibility is opened for Jackson because snapshots
 * serialize the aggregate itself; map keys are plain strings for the same reason.
 *
 * <p>Shifts and swaps are plain state of the schedule, not {@code @AggregateMember} entities with command handlers of
 * their own, on purpose: no decision about one shift can be taken by that shift alone. An assignment or a claim is
 * checked against the employee's other shifts (overlap, weekly hours, rest, consecutive days), and a
 * swap moves an employee between two shifts at once. An entity would have to reach back into the schedule for all
 * of that, which hides the rule that actually holds: the schedule is the consistency boundary of its shifts.
 *
 * <p>A person's shifts in other schedules are not this schedule's state: they come from the person's rota
 * ({@link Rotas}), which the assignment locks and this schedule keeps up to date in the same transaction.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Schedule {

    /** The uniqueness scope of shift ids: the attendance side finds a shift by its id alone. */
    static final String SHIFT_ID = AggregateKinds.SHIFT_ID_SCOPE;
    static final int MAX_MONTHS = 3;
    static final Duration MAX_SHIFT = Duration.ofHours(16);
    static final int MAX_HEADCOUNT = 500;

    @AggregateIdentifier
    private ScheduleId scheduleId;
    private String location;
    private String team;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String timeZone;
    private boolean published;
    private Map<String, Shift> shifts = new HashMap<>();
    /** Employee id → ids of the live shifts they are on. */
    private Map<String, LinkedHashSet<String>> shiftsByEmployee = new HashMap<>();
    private Map<String, Swap> swaps = new HashMap<>();

    Schedule() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Schedule(CreateScheduleCommand command) {
        require(command.scheduleId() != null, "scheduleId is required");
        require(notBlank(command.location()) && notBlank(command.team()), "location and team are required");
        require(command.firstDay() != null && command.lastDay() != null, "firstDay and lastDay are required");
        require(!command.lastDay().isBefore(command.firstDay()), "lastDay must not be before firstDay");
        require(command.lastDay().isBefore(command.firstDay().plusMonths(MAX_MONTHS)),
                "a schedule covers at most " + MAX_MONTHS + " months");
        require(command.timeZone() != null && ZoneId.getAvailableZoneIds().contains(command.timeZone()),
                "timeZone must be an IANA time zone such as Asia/Tokyo");
        apply(new ScheduleCreatedEvent(command.scheduleId(), command.location().trim(), command.team().trim(),
                command.firstDay(), command.lastDay(), command.timeZone()));
    }

    @CommandHandler
    void handle(AddShiftCommand command, UniqueKeys uniqueKeys, AggregateKinds kinds) {
        require(command.shiftId() != null, "shiftId is required");
        require(command.start() != null && command.end() != null, "start and end are required");
        require(command.end().isAfter(command.start()), "end must be after start");
        require(!command.start().isBefore(firstDay.atStartOfDay())
                        && !command.end().isAfter(lastDay.plusDays(1).atStartOfDay()),
                "the shift must lie inside the schedule's period " + firstDay + ".." + lastDay);
        require(Duration.between(command.start(), command.end()).compareTo(MAX_SHIFT) <= 0,
                "a shift lasts at most " + MAX_SHIFT.toHours() + " hours");
        require(notBlank(command.position()), "position is required");
        require(command.requiredHeadcount() >= 1 && command.requiredHeadcount() <= MAX_HEADCOUNT,
                "requiredHeadcount must be between 1 and " + MAX_HEADCOUNT);
        if (shifts.containsKey(command.shiftId().value())) {
            throw new DomainException(WorkforceErrors.DUPLICATE_SHIFT_ID, "The schedule already has shift "
                    + command.shiftId());
        }
        // The shift's attendance is recorded under the shift's id once it is published: under an id of something
        // else it would load that record's events and could never be opened.
        kinds.requireUnused(command.shiftId(), AggregateKinds.Kind.SHIFT_ATTENDANCE);
        uniqueKeys.claimFor(SHIFT_ID, command.shiftId().value(), scheduleId.value(),
                WorkforceErrors.DUPLICATE_SHIFT_ID);
        apply(new ShiftAddedEvent(scheduleId, command.shiftId(), command.start(), command.end(),
                command.position().trim(), command.requiredHeadcount()));
        if (published) {
            apply(publication(command.shiftId().value()));
        }
    }

    @CommandHandler
    void handle(CancelShiftCommand command, Rotas rotas) {
        liveShift(command.shiftId());
        apply(new ShiftCancelledEvent(scheduleId, command.shiftId(), command.reason()));
        rotas.removeShift(command.shiftId());
    }

    @CommandHandler
    void handle(AssignEmployeeToShiftCommand command, WorkforceEmployees employees, LabourRulesInForce rules,
                Rotas rotas) {
        require(command.employeeId() != null, "employeeId is required");
        Shift shift = liveShift(command.shiftId());
        requireFreePlace(shift, command.employeeId());
        assign(command.shiftId(), command.employeeId(), AssignmentSource.PLANNED, command.overtimeApproved(),
                employees, rules.current(), rotas);
    }

    @CommandHandler
    void handle(UnassignEmployeeFromShiftCommand command, Rotas rotas) {
        require(command.employeeId() != null, "employeeId is required");
        require(command.reason() != null, "reason is required");
        Shift shift = liveShift(command.shiftId());
        requireOnShift(shift, command.shiftId(), command.employeeId());
        apply(new EmployeeUnassignedFromShiftEvent(scheduleId, command.shiftId(), command.employeeId(),
                command.reason(), command.note()));
        rotas.remove(command.employeeId(), command.shiftId());
    }

    @CommandHandler
    void handle(PublishScheduleCommand command) {
        if (published) {
            throw new DomainException(WorkforceErrors.SCHEDULE_ALREADY_PUBLISHED,
                    "Schedule " + scheduleId + " was already published");
        }
        List<String> live = shifts.entrySet().stream().filter(e -> !e.getValue().cancelled)
                .sorted(Comparator.comparing((Map.Entry<String, Shift> e) -> e.getValue().start)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        apply(new SchedulePublishedEvent(scheduleId, location, team, firstDay, lastDay, live.size()));
        live.forEach(id -> apply(publication(id)));
    }

    @CommandHandler
    void handle(OpenShiftForClaimsCommand command) {
        Shift shift = liveShift(command.shiftId());
        if (!published) {
            throw new DomainException(WorkforceErrors.SCHEDULE_NOT_PUBLISHED,
                    "Publish the schedule before opening its shifts for claims");
        }
        if (shift.openForClaims) {
            throw new DomainException(CommonErrors.NO_CHANGE, "Shift " + command.shiftId() + " is already open");
        }
        int free = shift.requiredHeadcount - shift.assigned.size();
        if (free <= 0) {
            throw new DomainException(WorkforceErrors.SHIFT_FULL, "Shift " + command.shiftId() + " has no free place");
        }
        apply(new ShiftOpenedForClaimsEvent(scheduleId, command.shiftId(), free));
    }

    @CommandHandler
    void handle(ClaimOpenShiftCommand command, WorkforceEmployees employees, LabourRulesInForce rules,
                Rotas rotas) {
        require(command.employeeId() != null, "employeeId is required");
        Shift shift = liveShift(command.shiftId());
        if (!shift.openForClaims) {
            throw new DomainException(WorkforceErrors.SHIFT_NOT_OPEN, "Shift " + command.shiftId()
                    + " is not open for claims");
        }
        requireFreePlace(shift, command.employeeId());
        // an employee never approves their own overtime
        assign(command.shiftId(), command.employeeId(), AssignmentSource.CLAIMED, false, employees, rules.current(),
                rotas);
    }

    @CommandHandler
    void handle(RequestShiftSwapCommand command, WorkforceEmployees employees) {
        require(command.swapId() != null, "swapId is required");
        require(command.fromEmployee() != null && command.toEmployee() != null,
                "fromEmployee and toEmployee are required");
        require(!command.fromEmployee().equals(command.toEmployee()), "an employee cannot swap with themselves");
        Shift shift = liveShift(command.shiftId());
        requireOnShift(shift, command.shiftId(), command.fromEmployee());
        if (shift.assigned.contains(command.toEmployee().value())) {
            throw new DomainException(WorkforceErrors.ALREADY_ASSIGNED, "Employee " + command.toEmployee()
                    + " is already on shift " + command.shiftId());
        }
        if (swaps.containsKey(command.swapId().value())) {
            throw new DomainException(CommonErrors.ALREADY_EXISTS, "Swap " + command.swapId() + " already exists");
        }
        boolean pending = swaps.values().stream().anyMatch(s -> s.status == SwapStatus.PENDING
                && s.shiftId.equals(command.shiftId().value()) && s.from.equals(command.fromEmployee().value()));
        if (pending) {
            throw new DomainException(WorkforceErrors.SWAP_CONFLICT, "Employee " + command.fromEmployee()
                    + " already asked to swap shift " + command.shiftId());
        }
        requireEligible(employees, command.toEmployee(), shift);
        apply(new ShiftSwapRequestedEvent(scheduleId, command.swapId(), command.shiftId(), command.fromEmployee(),
                command.toEmployee()));
    }

    @CommandHandler
    void handle(ApproveShiftSwapCommand command, WorkforceEmployees employees, LabourRulesInForce rules,
                Rotas rotas) {
        Swap swap = pendingSwap(command.swapId());
        ShiftId shiftId = new ShiftId(swap.shiftId);
        Shift shift = liveShift(shiftId);
        EmployeeId from = new EmployeeId(swap.from);
        EmployeeId to = new EmployeeId(swap.to);
        requireOnShift(shift, shiftId, from);
        if (shift.assigned.contains(swap.to)) {
            throw new DomainException(WorkforceErrors.ALREADY_ASSIGNED, "Employee " + to + " is already on shift "
                    + shiftId);
        }
        Verdict verdict = decide(shiftId, to, command.overtimeApproved(), employees, rules.current(), rotas);
        apply(new ShiftSwapApprovedEvent(scheduleId, command.swapId(), shiftId, from, to));
        apply(new EmployeeUnassignedFromShiftEvent(scheduleId, shiftId, from, UnassignmentReason.SWAP,
                "swap " + command.swapId()));
        rotas.remove(from, shiftId);
        carryOut(shiftId, to, AssignmentSource.SWAP, verdict, rotas);
    }

    @CommandHandler
    void handle(RejectShiftSwapCommand command) {
        Swap swap = pendingSwap(command.swapId());
        apply(new ShiftSwapRejectedEvent(scheduleId, command.swapId(), new ShiftId(swap.shiftId), command.reason()));
    }

    // --- deciding an assignment ---

    private void assign(ShiftId shiftId, EmployeeId employeeId, AssignmentSource source, boolean overtimeApproved,
                        WorkforceEmployees employees, LabourRuleBook rules, Rotas rotas) {
        carryOut(shiftId, employeeId, source, decide(shiftId, employeeId, overtimeApproved, employees, rules, rotas),
                rotas);
    }

    /**
     * Checks eligibility and overlaps, then asks the labour rules ({@link LabourRuleVerdicts}); throws on a refusal,
     * before anything is applied.
     *
     * <p>The person's shifts are those of this schedule (its own state) and those of every other schedule (the
     * person's rota, {@link Rotas}, locked for the rest of the unit of work so that no other schedule can put the
     * person on a shift while this one decides).
     */
    private Verdict decide(ShiftId shiftId, EmployeeId employeeId, boolean overtimeApproved,
                            WorkforceEmployees employees, LabourRuleBook rules, Rotas rotas) {
        Shift shift = shifts.get(shiftId.value());
        requireEligible(employees, employeeId, shift);
        PlannedShift candidate = planned(shiftId.value(), shift, false);
        Map<String, ScheduleId> scheduleOf = new HashMap<>();
        List<PlannedShift> others = new ArrayList<>();
        for (Rotas.Entry entry : rotas.lock(employeeId)) {
            if (!entry.scheduleId().equals(scheduleId)) {
                scheduleOf.put(entry.shift().shiftId().value(), entry.scheduleId());
                others.add(entry.shift());
            }
        }
        // this schedule's own shifts come from its state, which holds them even if they were assigned before the
        // rotas existed
        for (String otherId : shiftsByEmployee.getOrDefault(employeeId.value(), new LinkedHashSet<>())) {
            Shift other = shifts.get(otherId);
            scheduleOf.put(otherId, scheduleId);
            others.add(planned(otherId, other, other.overtimeApproved.contains(employeeId.value())));
        }
        for (PlannedShift other : others) {
            if (other.overlaps(candidate)) {
                throw new DomainException(WorkforceErrors.OVERLAPPING_SHIFT, "Employee " + employeeId
                        + " is on shift " + other.shiftId() + " of schedule " + scheduleOf.get(other.shiftId().value())
                        + " at the same time");
            }
        }
        return LabourRuleVerdicts.judge(rules, LabourRuleChecks.breachesFor(rules, candidate, others),
                overtimeApproved);
    }

    private void carryOut(ShiftId shiftId, EmployeeId employeeId, AssignmentSource source, Verdict verdict,
                          Rotas rotas) {
        Shift shift = shifts.get(shiftId.value());
        apply(new EmployeeAssignedToShiftEvent(scheduleId, shiftId, employeeId, shift.start, shift.end, source,
                verdict.overtimeApproved()));
        rotas.add(employeeId, scheduleId, planned(shiftId.value(), shift, verdict.overtimeApproved()));
        verdict.recorded().forEach(breach -> apply(new LabourRuleViolationDetectedEvent(scheduleId, shiftId,
                employeeId, breach.rule(), breach.ruleVersion(), breach.detail())));
    }

    private void requireEligible(WorkforceEmployees employees, EmployeeId employeeId, Shift shift) {
        WorkforceEmployees.Employment employment = employees.find(employeeId).orElseThrow(() ->
                new DomainException(HrErrors.UNKNOWN_EMPLOYEE, "No employee " + employeeId
                        + " is known to scheduling (not hired, or hired a moment ago)"));
        // a night shift counts on both days it touches
        LocalDate lastDayTouched = shift.end.minusNanos(1).toLocalDate();
        if (!employment.covers(shift.start.toLocalDate()) || !employment.covers(lastDayTouched)) {
            throw new DomainException(WorkforceErrors.OUTSIDE_EMPLOYMENT, "The shift on " + shift.start.toLocalDate()
                    + " lies outside the employment of " + employeeId + " (" + employment.firstDay() + ".."
                    + (employment.lastDay() == null ? "" : employment.lastDay()) + ")");
        }
    }

    private void requireFreePlace(Shift shift, EmployeeId employeeId) {
        if (shift.assigned.contains(employeeId.value())) {
            throw new DomainException(WorkforceErrors.ALREADY_ASSIGNED, "Employee " + employeeId + " is already on it");
        }
        if (shift.assigned.size() >= shift.requiredHeadcount) {
            throw new DomainException(WorkforceErrors.SHIFT_FULL, "The shift already has its " + shift.requiredHeadcount
                    + " employees");
        }
    }

    private static void requireOnShift(Shift shift, ShiftId shiftId, EmployeeId employeeId) {
        if (!shift.assigned.contains(employeeId.value())) {
            throw new DomainException(WorkforceErrors.NOT_ASSIGNED, "Employee " + employeeId + " is not on shift "
                    + shiftId);
        }
    }

    private Shift liveShift(ShiftId shiftId) {
        require(shiftId != null, "shiftId is required");
        Shift shift = shifts.get(shiftId.value());
        if (shift == null) {
            throw new DomainException(WorkforceErrors.UNKNOWN_SHIFT, "Schedule " + scheduleId + " has no shift "
                    + shiftId);
        }
        if (shift.cancelled) {
            throw new DomainException(WorkforceErrors.SHIFT_CANCELLED, "Shift " + shiftId + " was cancelled");
        }
        return shift;
    }

    private Swap pendingSwap(SwapId swapId) {
        require(swapId != null, "swapId is required");
        Swap swap = swaps.get(swapId.value());
        if (swap == null) {
            throw new DomainException(WorkforceErrors.UNKNOWN_SWAP,
                    "Schedule " + scheduleId + " has no swap " + swapId);
        }
        if (swap.status != SwapStatus.PENDING) {
            throw new DomainException(WorkforceErrors.SWAP_CONFLICT, "Swap " + swapId + " was already "
                    + swap.status.name().toLowerCase());
        }
        return swap;
    }

    private ShiftPublishedEvent publication(String shiftId) {
        Shift shift = shifts.get(shiftId);
        return new ShiftPublishedEvent(scheduleId, new ShiftId(shiftId), location, timeZone, shift.start, shift.end,
                shift.position, shift.requiredHeadcount, shift.assigned.stream().map(EmployeeId::new).toList());
    }

    private PlannedShift planned(String shiftId, Shift shift, boolean overtimeApproved) {
        return new PlannedShift(new ShiftId(shiftId), shift.start, shift.end, timeZone, overtimeApproved);
    }

    // --- state ---

    @EventSourcingHandler
    void on(ScheduleCreatedEvent event) {
        scheduleId = event.scheduleId();
        location = event.location();
        team = event.team();
        firstDay = event.firstDay();
        lastDay = event.lastDay();
        timeZone = event.timeZone();
    }

    @EventSourcingHandler
    void on(ShiftAddedEvent event) {
        shifts.put(event.shiftId().value(), new Shift(event.start(), event.end(), event.position(),
                event.requiredHeadcount()));
    }

    @EventSourcingHandler
    void on(SchedulePublishedEvent event) {
        published = true;
    }

    @EventSourcingHandler
    void on(ShiftCancelledEvent event) {
        Shift shift = shifts.get(event.shiftId().value());
        shift.cancelled = true;
        // a cancelled shift no longer occupies its employees' time
        shift.assigned.forEach(employee -> forget(employee, event.shiftId().value()));
    }

    @EventSourcingHandler
    void on(EmployeeAssignedToShiftEvent event) {
        Shift shift = shifts.get(event.shiftId().value());
        shift.assigned.add(event.employeeId().value());
        if (event.overtimeApproved()) {
            shift.overtimeApproved.add(event.employeeId().value());
        }
        shiftsByEmployee.computeIfAbsent(event.employeeId().value(), k -> new LinkedHashSet<>())
                .add(event.shiftId().value());
    }

    @EventSourcingHandler
    void on(EmployeeUnassignedFromShiftEvent event) {
        Shift shift = shifts.get(event.shiftId().value());
        shift.assigned.remove(event.employeeId().value());
        shift.overtimeApproved.remove(event.employeeId().value());
        forget(event.employeeId().value(), event.shiftId().value());
    }

    @EventSourcingHandler
    void on(ShiftOpenedForClaimsEvent event) {
        shifts.get(event.shiftId().value()).openForClaims = true;
    }

    @EventSourcingHandler
    void on(ShiftSwapRequestedEvent event) {
        swaps.put(event.swapId().value(), new Swap(event.shiftId().value(), event.fromEmployee().value(),
                event.toEmployee().value()));
    }

    @EventSourcingHandler
    void on(ShiftSwapApprovedEvent event) {
        swaps.get(event.swapId().value()).status = SwapStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ShiftSwapRejectedEvent event) {
        swaps.get(event.swapId().value()).status = SwapStatus.REJECTED;
    }

    private void forget(String employeeId, String shiftId) {
        Set<String> ids = shiftsByEmployee.get(employeeId);
        if (ids != null) {
            ids.remove(shiftId);
            if (ids.isEmpty()) {
                shiftsByEmployee.remove(employeeId);
            }
        }
    }



    /** One shift's plan and roster. */
    @SnapshotFields
    static final class Shift {
        private LocalDateTime start;
        private LocalDateTime end;
        private String position;
        private int requiredHeadcount;
        private boolean cancelled;
        private boolean openForClaims;
        // concrete types, so a snapshot reads back the same order (publication lists employees in this order)
        private LinkedHashSet<String> assigned = new LinkedHashSet<>();
        private LinkedHashSet<String> overtimeApproved = new LinkedHashSet<>();

        Shift() {
            // for snapshots
        }

        Shift(LocalDateTime start, LocalDateTime end, String position, int requiredHeadcount) {
            this.start = start;
            this.end = end;
            this.position = position;
            this.requiredHeadcount = requiredHeadcount;
        }

        // value equality, so that state rebuilt from events can be compared with state after a command
        @Override
        public boolean equals(Object o) {
            return o instanceof Shift s && Objects.equals(start, s.start) && Objects.equals(end, s.end)
                    && Objects.equals(position, s.position) && requiredHeadcount == s.requiredHeadcount
                    && cancelled == s.cancelled && openForClaims == s.openForClaims
                    && assigned.equals(s.assigned) && overtimeApproved.equals(s.overtimeApproved);
        }

        @Override
        public int hashCode() {
            return Objects.hash(start, end, position, requiredHeadcount);
        }
    }

    enum SwapStatus { PENDING, APPROVED, REJECTED }

    /** One swap request. */
    @SnapshotFields
    static final class Swap {
        private String shiftId;
        private String from;
        private String to;
        private SwapStatus status = SwapStatus.PENDING;

        Swap() {
            // for snapshots
        }

        Swap(String shiftId, String from, String to) {
            this.shiftId = shiftId;
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Swap s && Objects.equals(shiftId, s.shiftId) && Objects.equals(from, s.from)
                    && Objects.equals(to, s.to) && status == s.status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shiftId, from, to);
        }
    }
}
