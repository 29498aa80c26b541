package dev.urakata.command.finance;

import dev.urakata.shared.finance.BudgetActualSource;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.ExpenseClaimApprovedEvent;
import dev.urakata.shared.finance.ExpenseClaimId;
import dev.urakata.shared.finance.RecordBudgetActualCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import dev.urakata.shared.purchasing.PurchaseOrderId;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierInvoiceId;
import dev.urakata.shared.purchasing.SupplierInvoiceRecordedEvent;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The budget-actuals policy: which actual it records for a payslip, an approved expense claim, a purchase. */
class BudgetActualsPolicyTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final BudgetActualsPolicy policy = new BudgetActualsPolicy(gateway);

    static PayslipCalculatedEvent payslip(int calculation, String department, String gross, String employer) {
        return new PayslipCalculatedEvent(new PayrollRunId("run-1"), new PayslipId("slip-1"), calculation,
                new EmployeeId("e-1"), "E001", department, APRIL, List.of(), Money.of(gross, "JPY"),
                Money.of("0", "JPY"), Money.of(gross, "JPY"), Money.of(employer, "JPY"), null);
    }

    @Test
    void aPayslipCostsGrossPlusEmployerContributionsVersionedByItsCalculation() {
        policy.on(payslip(1, "Sales", "300000", "45000"), "ev-1");
        policy.on(payslip(2, "Sales", "310000", "46500"), "ev-2");

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(2)).sendAndWait(sent.capture());
        BudgetId sales = new BudgetId("Sales-2026-04");
        assertThat(sent.getAllValues()).containsExactly(
                new RecordBudgetActualCommand(sales, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1", 1, "ev-1",
                        Money.of("345000", "JPY")),
                new RecordBudgetActualCommand(sales, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1", 2, "ev-2",
                        Money.of("356500", "JPY")));
    }

    @Test
    void aPayslipWithoutADepartmentIsNotCharged() {
        policy.on(payslip(1, " ", "300000", "45000"), "ev-1");
        verifyNoInteractions(gateway);
    }

    @Test
    void anApprovedClaimCountsInTheMonthOfItsExpenseDate() {
        policy.on(new ExpenseClaimApprovedEvent(new ExpenseClaimId("claim-1"), "manager", "Sales",
                Money.of("4200", "JPY"), LocalDate.of(2026, 4, 30)), "ev-9");

        verify(gateway).sendAndWait(new RecordBudgetActualCommand(new BudgetId("Sales-2026-04"), "Sales", APRIL,
                BudgetActualSource.EXPENSE_CLAIM, "claim-1", 1, "ev-9", Money.of("4200", "JPY")));
    }

    static SupplierInvoiceRecordedEvent supplierInvoice(String department) {
        return new SupplierInvoiceRecordedEvent(new PurchaseOrderId("po-1"), new SupplierInvoiceId("sinv-1"),
                new SupplierId("sup-1"), "A-1", LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 28), List.of(),
                Money.of("10000", "JPY"), Money.of("1000", "JPY"), Money.of("11000", "JPY"), department);
    }

    @Test
    void aSupplierInvoiceChargesItsNetAmountToTheOrdersDepartmentInTheMonthOfTheInvoice() {
        policy.on(supplierInvoice("Ops"), "ev-7");

        verify(gateway).sendAndWait(new RecordBudgetActualCommand(new BudgetId("Ops-2026-04"), "Ops", APRIL,
                BudgetActualSource.PURCHASE, "sinv-1", 1, "ev-7", Money.of("10000", "JPY")));
    }

    @Test
    void aPurchaseForNoDepartmentIsNotCharged() {
        policy.on(supplierInvoice(null), "ev-7");
        verifyNoInteractions(gateway);
    }
}
