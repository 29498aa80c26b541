package dev.urakata.query.console;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.query.console.FormCommands.Refusal;
import dev.urakata.shared.EmailAddress;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeNumber;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.it.OpenTicketCommand;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.money.Money;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/**
 * Everyday forms that send the same commands as the API, with the API's checks: the field rules of its request
 * records, then the command side's own refusals (a duplicate employee number, a closed ticket, …) shown beside the
 * field they are about, with their stable code (see {@link FormCommands}).
 *
 * <p>Each form carries a fresh id for the aggregate it creates, so submitting the same form twice (a double click,
 * the browser's resend) cannot create two: the second attempt is refused as a conflict.
 */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
@RequestMapping("/console/forms")
class FormsConsoleController {

    private static final String ANY_EMPLOYEE = "hasAnyRole('IT', 'ADMIN', 'EMPLOYEE', 'MANAGER', 'HR', 'PAYROLL', "
            + "'FINANCE', 'OPERATIONS', 'LEGAL')";

    private final FormCommands commands;

    FormsConsoleController(FormCommands commands) {
        this.commands = commands;
    }

    /** The hire form: the API's {@code POST /api/hr/employees} fields, as typed; salary as amount and currency. */
    record HireForm(
            @FormId String formId,
            @NotBlank @Size(max = EmployeeNumber.MAX_LENGTH)
            @Pattern(regexp = EmployeeNumber.FORM, message = EmployeeNumber.FORM_MESSAGE) String employeeNumber,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 100) String position,
            @NotBlank String employmentType,
            String contractEndDate,
            @NotBlank String hireDate,
            @NotBlank String salaryAmount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as JPY") String currency) {
    }

    /** The ticket form: the API's {@code POST /api/it/tickets} fields. */
    record TicketForm(
            @FormId String formId,
            @Size(max = 64) String requester,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Pattern(regexp = "[A-Z_]{1,32}", message = "must be an upper-case code such as HARDWARE")
            String category,
            @NotBlank String priority) {
    }

    @GetMapping("/hire")
    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    String hireForm(Model model) {
        return hirePage(model, new FormErrors(), new HireForm(FormCommands.newFormId(), "", "", "", "", "", "",
                EmploymentType.PERMANENT.name(), "", LocalDate.now().toString(), "", "JPY"));
    }

    @PostMapping("/hire")
    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    String hire(@Valid @ModelAttribute("form") HireForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        EmploymentType type = errors.parse("employmentType", form.employmentType(), EmploymentType::valueOf,
                "must be PERMANENT or TEMPORARY");
        LocalDate hireDate = errors.parse("hireDate", form.hireDate(), FormErrors::date, "must be a date");
        LocalDate contractEnd = errors.parse("contractEndDate", form.contractEndDate(), FormErrors::date,
                "must be a date");
        Money salary = FormCommands.money(errors, "salaryAmount", form.salaryAmount(), "currency", form.currency(),
                true);
        if (errors.any() || !commands.send(errors, List.of(Refusal.of(HrErrors.DUPLICATE_EMPLOYEE_NUMBER,
                "employeeNumber")), new HireEmployeeCommand(new EmployeeId(form.formId()), form.employeeNumber(),
                form.givenName(), form.familyName(), form.email(), form.department(), form.position(), type,
                contractEnd, hireDate, salary))) {
            return hirePage(model, errors, form);
        }
        return FormCommands.done(redirect, "hire", "Hired " + form.givenName() + " " + form.familyName()
                + " as employee " + form.employeeNumber() + " (id " + form.formId() + ").");
    }

    private static String hirePage(Model model, FormErrors errors, HireForm form) {
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("employmentTypes", EmploymentType.values());
        return "console/hire";
    }

    @GetMapping("/ticket")
    @PreAuthorize(ANY_EMPLOYEE)
    String ticketForm(Model model) {
        return ticketPage(model, new FormErrors(), new TicketForm(FormCommands.newFormId(), "", "", "", "",
                TicketPriority.P3.name()));
    }

    @PostMapping("/ticket")
    @PreAuthorize(ANY_EMPLOYEE)
    String ticket(@Valid @ModelAttribute("form") TicketForm form, BindingResult binding, Model model,
                  Authentication user, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        TicketPriority priority = errors.parse("priority", form.priority(), TicketPriority::valueOf,
                "must be one of P1, P2, P3, P4");
        // As the API: IT and ADMIN open for a named employee, anybody else for themselves.
        boolean staff = CurrentEmployee.hasRole(user, Roles.IT) || CurrentEmployee.hasRole(user, Roles.ADMIN);
        String requester = staff ? form.requester() : CurrentEmployee.employeeNumber(user);
        if (staff && (requester == null || requester.isBlank())) {
            errors.add("requester", "requester (an employee number) is required");
        }
        if (errors.any() || !commands.send(errors, List.of(), new OpenTicketCommand(new TicketId(form.formId()),
                requester, form.subject(), form.description(), form.category(), priority, user.getName()))) {
            return ticketPage(model, errors, form);
        }
        return FormCommands.done(redirect, "ticket", "Opened ticket " + form.formId() + ": " + form.subject());
    }

    private static String ticketPage(Model model, FormErrors errors, TicketForm form) {
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("priorities", TicketPriority.values());
        return "console/ticket";
    }
}
