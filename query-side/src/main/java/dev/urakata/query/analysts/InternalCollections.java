package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The collections that are not for analysts, and what each is for. Their shape may change in any release; the
 * analysts' port refuses them. (The catalogue drops an entry here that it also lists as a read model.)
 */
final class InternalCollections {

    private static final List<Internal> MACHINERY = List.of(
            new Internal("axon_tracking_tokens", "how far each event processor has come"),
            new Internal("axon_sagas_instances", "running business processes (sagas)"),
            new Internal("axon_sagas_associations", "which saga an event concerns"),
            new Internal("axon_dead_letters", "events a processor could not handle, for an administrator to retry"),
            new Internal("processing_instances", "which instance takes which processor segments"),
            new Internal("read_model_routes", "where each read model lives after a blue-green rebuild"),
            new Internal("read_model_formats", "which stored form each read model is in (upgraded at start)"),
            new Internal("read_model_rebuilds", "blue-green rebuilds in progress and their leases"),
            new Internal("command_unique_keys", "values that must be unique (employee numbers, SKUs), claimed by"
                    + " commands"),
            new Internal("command_unique_key_owners", "which aggregate holds each unique value"),
            new Internal("http_idempotency_keys", "answers kept for requests retried with an Idempotency-Key"),
            new Internal("privacy_subject_keys", "encryption keys of personal data; destroying one erases a person"),
            new Internal("sign_in_bindings", "which sign-in acts as which employee"),
            new Internal("audit_hash_chain", "hash of every event, chained (verify with GET /api/audit/verify)"),
            new Internal("audit_hash_chain_head", "the chain's latest hash"),
            new Internal("audit_checkpoints", "signed checkpoints of the chain's head"),
            new Internal("audit_signing_keys", "keys that sign the checkpoints"),
            new Internal("inventory_stock_level_items", "the stock levels' own copy of each item's SKU, name and unit"
                    + " (analysts read inventory_items)"));

    /** The command side's own views, which its commands check against (read models of the write side). */
    private static final List<String> COMMAND_SIDE_VIEWS = List.of("workforce_employees",
            "workforce_shift_assignments", "workforce_worked_shifts", "workforce_worked_shift_zones",
            "workforce_payroll_pending_hours", "workforce_payroll_runs", "payroll_inputs_employees",
            "payroll_inputs_policies", "payroll_inputs_runs", "compliance_policy_employees",
            "compliance_policy_required");

    /**
     * Read models about one person (pay, hours, leave, rosters, onboarding, compliance per employee, system accounts):
     * closed to analysts, as the API closes them to the ANALYST role.
     */
    private static final List<String> PERSONAL = List.of("hr_employee_directory", "hr_employee_directory_versions",
            "payroll_payslip_calculations", "payroll_register_rows", "workforce_timesheets",
            "workforce_leave_balances", "workforce_leave_requests", "workforce_attendance",
            "workforce_attendance_shifts", "workforce_employee_shifts", "workforce_employee_shifts_schedules",
            "workforce_employee_shifts_shifts", "workforce_roster_schedules", "workforce_roster_shifts",
            "workforce_violations", "workforce_violations_assignments", "workforce_violations_rules",
            "workforce_violations_schedules", "workforce_violations_worked", "employee_processes", "compliance_status",
            "compliance_overdue", "it_system_accounts");

    static final List<Internal> ALL = all();

    private InternalCollections() {
    }

    private static List<Internal> all() {
        List<Internal> all = new ArrayList<>(MACHINERY);
        COMMAND_SIDE_VIEWS.forEach(name -> all.add(new Internal(name, "the command side's own view, for its checks")));
        all.addAll(FinanceReadModels.INTERNAL);
        PERSONAL.forEach(name -> all.add(new Internal(name, "a read model about one person: closed to analysts")));
        return List.copyOf(all);
    }
}
