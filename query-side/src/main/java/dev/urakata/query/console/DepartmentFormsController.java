package dev.urakata.query.console;

import dev.urakata.query.console.FormCommands.Refusal;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.DraftInvoiceCommand;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.IssueInvoiceCommand;
import dev.urakata.shared.inventory.InventoryErrors;
import dev.urakata.shared.inventory.ReceiveStockCommand;
import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.workforce.AddShiftCommand;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftId;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The departments' everyday forms: a planner schedules a shift, the warehouse receives stock, finance issues an
 * invoice. Same commands, roles and field rules as the API ({@code POST /api/workforce/schedules/{id}/shifts},
 * {@code POST /api/inventory/items/{id}/receipts}, {@code POST /api/finance/customers/{id}/invoices} and its
 * {@code /issue}); schedules, items, warehouses and customers are chosen from lists, never typed as ids.
 *
 * <p>The form id becomes the new shift's id, the receipt's movement id and the invoice's id, so a resubmitted form
 * records nothing new: a second shift with the id is refused, a repeated movement is recognised and not applied
 * twice, and an issued invoice is never drafted again.
 */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
@RequestMapping("/console/forms")
class DepartmentFormsController {

    static final String PLANNERS = "hasAnyRole('ADMIN', 'HR', 'MANAGER')";
    static final String STOCK_KEEPERS = "hasAnyRole('ADMIN', 'OPERATIONS')";
    static final String ACCOUNTANTS = "hasAnyRole('ADMIN', 'FINANCE')";

    /** How many invoice lines the form offers; lines left blank are ignored. */
    static final int INVOICE_LINES = 3;

    private static final String CURRENCY = "[A-Z]{3}";
    private static final String CURRENCY_MESSAGE = "must be an ISO 4217 code such as JPY";

    private final FormCommands commands;
    private final FormChoices choices;

    DepartmentFormsController(FormCommands commands, FormChoices choices) {
        this.commands = commands;
        this.choices = choices;
    }

    /** The shift form: the API's {@code AddShift} fields, the schedule chosen from a list. */
    record ShiftForm(
            @FormId String formId,
            @NotBlank(message = "choose a schedule") String scheduleId,
            @NotBlank String start,
            @NotBlank String end,
            @NotBlank @Size(max = 100) String position,
            @NotBlank String requiredHeadcount) {
    }

    /** The receipt form: the API's {@code Receive} fields, unit cost as amount and currency. */
    record ReceiptForm(
            @FormId String formId,
            @NotBlank(message = "choose an item") String itemId,
            @NotBlank(message = "choose a warehouse") String warehouseId,
            @NotBlank String quantity,
            @NotBlank String unitCost,
            @NotBlank @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @Size(max = 200) String reference) {
    }

    /** The invoice form: the API's {@code DraftInvoice} lines and {@code IssueInvoice} dates; one currency. */
    record InvoiceForm(
            @FormId String formId,
            @NotBlank(message = "choose a customer") String customerId,
            @NotBlank String issueDate,
            String dueDate,
            @NotBlank @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            @Valid List<LineForm> lines) {
    }

    /** One invoice line; every field is required once any is filled in. */
    record LineForm(
            @Size(max = 500) String description,
            String quantity,
            String unitPrice,
            @Size(max = 32) String taxCode) {

        boolean blank() {
            return isBlank(description) && isBlank(quantity) && isBlank(unitPrice) && isBlank(taxCode);
        }
    }

    // ---- schedule a shift ---------------------------------------------------------------------------------------

    @GetMapping("/shift")
    @PreAuthorize(PLANNERS)
    String shiftForm(Model model) {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        return shiftPage(model, new FormErrors(), new ShiftForm(FormCommands.newFormId(), "",
                tomorrow.atTime(9, 0).toString(), tomorrow.atTime(17, 0).toString(), "", "1"));
    }

    @PostMapping("/shift")
    @PreAuthorize(PLANNERS)
    String shift(@Valid @ModelAttribute("form") ShiftForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        ScheduleId schedule = errors.parse("scheduleId", form.scheduleId(), ScheduleId::new, "is not a schedule");
        LocalDateTime start = errors.parse("start", form.start(), FormErrors::dateTime, "must be a date and time");
        LocalDateTime end = errors.parse("end", form.end(), FormErrors::dateTime, "must be a date and time");
        Integer headcount = errors.parse("requiredHeadcount", form.requiredHeadcount(), Integer::valueOf,
                "must be a whole number");
        if (headcount != null && (headcount < 1 || headcount > 500)) {
            errors.add("requiredHeadcount", headcount < 1 ? "must be greater than or equal to 1"
                    : "must be less than or equal to 500");
        }
        if (errors.any() || !commands.send(errors, List.of(
                Refusal.of(CommonErrors.NOT_FOUND, "scheduleId"),
                Refusal.of(CommonErrors.INVALID_INPUT, "schedule's period", "start"),
                Refusal.of(CommonErrors.INVALID_INPUT, "end must be after start", "end"),
                Refusal.of(CommonErrors.INVALID_INPUT, "a shift lasts at most", "end"),
                Refusal.of(CommonErrors.INVALID_INPUT, "position", "position"),
                Refusal.of(CommonErrors.INVALID_INPUT, "requiredHeadcount", "requiredHeadcount")),
                new AddShiftCommand(schedule, new ShiftId(form.formId()), start, end, form.position().trim(),
                        headcount))) {
            return shiftPage(model, errors, form);
        }
        return FormCommands.done(redirect, "shift", "Scheduled a " + form.position().trim() + " shift from " + start
                + " to " + end + " for " + headcount + " employee(s) in "
                + FormChoices.label(choices.schedules(), schedule.value()) + " (shift " + form.formId() + ").");
    }

    private String shiftPage(Model model, FormErrors errors, ShiftForm form) {
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("schedules", choices.schedules());
        return "console/shift";
    }

    // ---- receive stock ------------------------------------------------------------------------------------------

    @GetMapping("/receipt")
    @PreAuthorize(STOCK_KEEPERS)
    String receiptForm(Model model) {
        return receiptPage(model, new FormErrors(), new ReceiptForm(FormCommands.newFormId(), "", "", "", "", "JPY",
                ""));
    }

    @PostMapping("/receipt")
    @PreAuthorize(STOCK_KEEPERS)
    String receipt(@Valid @ModelAttribute("form") ReceiptForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        StockItemId item = errors.parse("itemId", form.itemId(), StockItemId::new, "is not a stock item");
        WarehouseId warehouse = errors.parse("warehouseId", form.warehouseId(), WarehouseId::new,
                "is not a warehouse");
        BigDecimal quantity = FormCommands.quantity(errors, "quantity", form.quantity(), 9);
        Money unitCost = FormCommands.money(errors, "unitCost", form.unitCost(), "currency", form.currency(), false);
        String reference = isBlank(form.reference()) ? null : form.reference().trim();
        if (errors.any() || !commands.send(errors, List.of(
                Refusal.of(CommonErrors.NOT_FOUND, "itemId"),
                Refusal.of(InventoryErrors.UNKNOWN_WAREHOUSE, "warehouseId"),
                Refusal.of(CommonErrors.CURRENCY_MISMATCH, "currency"),
                Refusal.of(CommonErrors.INVALID_INPUT, "quantity", "quantity"),
                Refusal.of(CommonErrors.INVALID_INPUT, "unitCost", "unitCost")),
                new ReceiveStockCommand(item, warehouse, form.formId(), quantity, unitCost, reference))) {
            return receiptPage(model, errors, form);
        }
        return FormCommands.done(redirect, "receipt", "Received " + quantity.stripTrailingZeros().toPlainString()
                + " of " + FormChoices.label(choices.items(), item.value()) + " into "
                + FormChoices.label(choices.warehouses(), warehouse.value()) + " at "
                + ConsoleViews.money(unitCost) + " each.");
    }

    private String receiptPage(Model model, FormErrors errors, ReceiptForm form) {
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("items", choices.items()).addAttribute("warehouses", choices.warehouses());
        return "console/receipt";
    }

    // ---- issue an invoice ---------------------------------------------------------------------------------------

    @GetMapping("/invoice")
    @PreAuthorize(ACCOUNTANTS)
    String invoiceForm(Model model) {
        List<LineForm> lines = new ArrayList<>();
        lines.add(new LineForm("", "1", "", "STANDARD"));
        return invoicePage(model, new FormErrors(), new InvoiceForm(FormCommands.newFormId(), "",
                LocalDate.now().toString(), "", "JPY", lines));
    }

    @PostMapping("/invoice")
    @PreAuthorize(ACCOUNTANTS)
    String invoice(@Valid @ModelAttribute("form") InvoiceForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        CustomerId customer = errors.parse("customerId", form.customerId(), CustomerId::new, "is not a customer");
        LocalDate issueDate = errors.parse("issueDate", form.issueDate(), FormErrors::date, "must be a date");
        LocalDate dueDate = errors.parse("dueDate", form.dueDate(), FormErrors::date, "must be a date");
        List<InvoiceLine> lines = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>(List.of(
                Refusal.of(CommonErrors.NOT_FOUND, "customerId"),
                Refusal.of(CommonErrors.CURRENCY_MISMATCH, "currency"),
                Refusal.of(CommonErrors.INVALID_INPUT, "dueDate", "dueDate")));
        List<LineForm> entered = form.lines() == null ? List.of() : form.lines();
        for (int i = 0; i < entered.size(); i++) {
            LineForm line = entered.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String prefix = "lines[" + i + "].";
            required(errors, prefix, "description", line.description());
            required(errors, prefix, "quantity", line.quantity());
            required(errors, prefix, "unitPrice", line.unitPrice());
            required(errors, prefix, "taxCode", line.taxCode());
            BigDecimal quantity = FormCommands.quantity(errors, prefix + "quantity", line.quantity(), 9);
            Money price = FormCommands.money(errors, prefix + "unitPrice", line.unitPrice(), "currency",
                    form.currency(), false);
            String taxCode = isBlank(line.taxCode()) ? null : line.taxCode().trim();
            lines.add(new InvoiceLine(isBlank(line.description()) ? null : line.description().trim(), quantity,
                    price, taxCode));
            refusals.add(Refusal.of(FinanceErrors.UNKNOWN_TAX_CODE, "'" + taxCode + "'", prefix + "taxCode"));
        }
        if (lines.isEmpty()) {
            errors.add("lines[0].description", "at least one line is required");
        }
        // Drafting again replaces a draft left by an attempt whose issue was refused; an issued one is refused.
        if (errors.any() || !commands.send(errors, refusals,
                new DraftInvoiceCommand(customer, new InvoiceId(form.formId()), lines),
                new IssueInvoiceCommand(customer, new InvoiceId(form.formId()), issueDate, dueDate))) {
            return invoicePage(model, errors, form);
        }
        return FormCommands.done(redirect, "invoice", "Issued invoice " + form.formId() + " to "
                + FormChoices.label(choices.customers(), customer.value()) + " with " + lines.size()
                + " line(s), dated " + issueDate + ".");
    }

    private String invoicePage(Model model, FormErrors errors, InvoiceForm form) {
        List<LineForm> lines = new ArrayList<>(form.lines() == null ? List.of() : form.lines());
        lines.replaceAll(line -> line == null ? new LineForm("", "", "", "") : line);
        while (lines.size() < INVOICE_LINES) {
            lines.add(new LineForm("", "", "", ""));
        }
        model.addAttribute("form", new InvoiceForm(form.formId(), form.customerId(), form.issueDate(),
                        form.dueDate(), form.currency(), lines))
                .addAttribute("errors", errors).addAttribute("customers", choices.customers());
        return "console/invoice";
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    private static void required(FormErrors errors, String prefix, String field, String value) {
        if (isBlank(value)) {
            errors.add(prefix + field, "must not be blank");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
