package dev.urakata.command.finance;

import dev.urakata.shared.finance.BudgetActualSource;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.RecordBudgetActualCommand;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/**
 * Records actuals against department budgets: a payslip's cost (gross plus employer contributions) in its pay
 * period, an approved expense claim's amount in the month of its expense date, and a supplier invoice's net amount
 * in the month of its invoice date when its purchase order was drafted for a department (orders without one, and
 * all orders drafted before orders had departments, are charged to no budget). Purchases count when invoiced, not
 * when ordered or received: the invoice is the cost the company has accepted.
 *
 * <p>A payslip keeps its id across recalculations of its run, and its calculation number is the source version,
 * so the latest calculation replaces the earlier figure; a correction run's payslip is a source of its own and adds
 * its difference. Payroll counts from its calculation, before the run is approved: budgets warn early. Each
 * command is sent and awaited, so a refusal (a claim in another currency than the department's budget) fails the
 * event, which is then parked in this group's dead-letter queue rather than lost.
 */
@Component
@ProcessingGroup(BudgetActualsPolicy.PROCESSING_GROUP)
class BudgetActualsPolicy {

    /** The processing group (and event processor) name. */
    static final String PROCESSING_GROUP = "budget-actuals";

    private final CommandGateway commands;

    BudgetActualsPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PayslipCalculatedEvent event, @MessageIdentifier String eventId) {
        if (event.department() == null || event.department().isBlank()) {
            return; // nothing to charge it to
        }
        record(event.department(), event.period(), BudgetActualSource.PAYROLL, event.payslipId().value(),
                event.calculation(), eventId, event.gross().plus(event.employerContributions()));
    }

    @EventHandler
    void on(ExpenseClaimApprovedEvent event, @MessageIdentifier String eventId) {
        record(event.department(), YearMonth.from(event.expenseDate()), BudgetActualSource.EXPENSE_CLAIM,
                event.claimId().value(), 1, eventId, event.amount());
    }

    @EventHandler
    void on(SupplierInvoiceRecordedEvent event, @MessageIdentifier String eventId) {
        if (event.department() == null || event.department().isBlank()) {
            return; // an order for no particular department
        }
        record(event.department(), YearMonth.from(event.invoiceDate()), BudgetActualSource.PURCHASE,
                event.supplierInvoiceId().value(), 1, eventId, event.net());
    }

    private void record(String department, YearMonth period, BudgetActualSource source, String sourceId,
                        long version, String eventId, Money amount) {
        commands.sendAndWait(new RecordBudgetActualCommand(BudgetId.of(department, period), department.strip(),
                period, source, sourceId, version, eventId, amount));
    }
}
