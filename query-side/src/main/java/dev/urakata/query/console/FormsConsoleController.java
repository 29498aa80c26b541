package dev.urakata.query.console;

import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HireEmployeeCommand;
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
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Everyday forms that send the same commands as the API, with the API's checks: the field rules of its request
 * records, then the command side's own refusals (a duplicate employee number, a closed ticket, …) shown beside the
 * field they are about, with their stable code. Commands go through the {@link CommandGateway}, which reaches the
 * command side in-process in standalone mode and through Axon Server in distributed mode.
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

    private final CommandGateway commands;

    FormsConsoleController(CommandGateway commands) {
        this.commands = commands;
    }

    /** The hire form: the API's {@code POST /api/hr/employees} fields, as typed; salary as amount and currency. */
    record HireForm(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "is not a valid form id") String formId,
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*",
                    message = "may contain only letters, digits, '.', '_' and '-'") String employeeNumber,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Email @Size(max = 254) String email,
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
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "is not a valid form id") String formId,
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
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new HireForm(newFormId(), "", "", "", "", "", "",
                    EmploymentType.PERMANENT.name(), "", LocalDate.now().toString(), "", "JPY"));
        }
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("employmentTypes", EmploymentType.values());
        return "console/hire";
    }

    @PostMapping("/hire")
    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    String hire(@Valid @ModelAttribute("form") HireForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        model.addAttribute("errors", errors);
        model.addAttribute("employmentTypes", EmploymentType.values());
        EmploymentType type = errors.parse("employmentType", form.employmentType(), EmploymentType::valueOf,
                "must be PERMANENT or TEMPORARY");
        LocalDate hireDate = errors.parse("hireDate", form.hireDate(), FormErrors::date, "must be a date");
        LocalDate contractEnd = form.contractEndDate() == null || form.contractEndDate().isBlank() ? null
                : errors.parse("contractEndDate", form.contractEndDate(), FormErrors::date, "must be a date");
        BigDecimal amount = errors.parse("salaryAmount", form.salaryAmount(), BigDecimal::new, "must be a number");
        Money salary = null;
        if (amount != null && !errors.has("currency")) {
            try {
                salary = new Money(amount, form.currency());
                if (!salary.isPositive()) {
                    errors.add("salaryAmount", "must be greater than 0");
                }
            } catch (IllegalArgumentException e) {
                errors.add("salaryAmount", e.getMessage());
            }
        }
        if (errors.any()) {
            return "console/hire";
        }
        EmployeeId id = new EmployeeId(form.formId());
        boolean sent = send(errors, Map.of(ErrorCode.DUPLICATE_EMPLOYEE_NUMBER, "employeeNumber"),
                new HireEmployeeCommand(id, form.employeeNumber(), form.givenName(), form.familyName(), form.email(),
                        form.department(), form.position(), type, contractEnd, hireDate, salary));
        if (!sent) {
            return "console/hire";
        }
        redirect.addFlashAttribute("message", "Hired " + form.givenName() + " " + form.familyName()
                + " as employee " + form.employeeNumber() + " (id " + id + ").");
        return "redirect:/console/forms/hire";
    }

    @GetMapping("/ticket")
    @PreAuthorize(ANY_EMPLOYEE)
    String ticketForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TicketForm(newFormId(), "", "", "", "", TicketPriority.P3.name()));
        }
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("priorities", TicketPriority.values());
        return "console/ticket";
    }

    @PostMapping("/ticket")
    @PreAuthorize(ANY_EMPLOYEE)
    String ticket(@Valid @ModelAttribute("form") TicketForm form, BindingResult binding, Model model,
                  Authentication user, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(binding);
        model.addAttribute("errors", errors);
        model.addAttribute("priorities", TicketPriority.values());
        TicketPriority priority = errors.parse("priority", form.priority(), TicketPriority::valueOf,
                "must be one of P1, P2, P3, P4");
        // As the API: IT and ADMIN open for a named employee, anybody else for themselves.
        boolean staff = CurrentEmployee.hasRole(user, Roles.IT) || CurrentEmployee.hasRole(user, Roles.ADMIN);
        String requester = staff ? form.requester() : CurrentEmployee.employeeNumber(user);
        if (staff && (requester == null || requester.isBlank())) {
            errors.add("requester", "requester (an employee number) is required");
        }
        if (errors.any()) {
            return "console/ticket";
        }
        TicketId id = new TicketId(form.formId());
        if (!send(errors, Map.of(), new OpenTicketCommand(id, requester, form.subject(), form.description(),
                form.category(), priority, user.getName()))) {
            return "console/ticket";
        }
        redirect.addFlashAttribute("message", "Opened ticket " + id + ": " + form.subject());
        return "redirect:/console/forms/ticket";
    }

    /**
     * Sends a command and waits; a refusal becomes an error beside the field its code is about, or a form-wide
     * error, worded as the API words it.
     */
    private boolean send(FormErrors errors, Map<ErrorCode, String> fields, Object command) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (CommandExecutionException e) {
            ErrorCode code = ErrorCode.INTERNAL_ERROR;
            String detail = "The command could not be carried out";
            Object details = e.getDetails().orElse(null);
            if (details instanceof ErrorDetails error) {
                code = error.code();
                detail = error.detail();
            } else if (details instanceof Map<?, ?> map && map.get("code") != null) {
                code = ErrorCode.valueOf(map.get("code").toString());
                detail = String.valueOf(map.get("detail"));
            } else if (e.getCause() instanceof AggregateStreamCreationException) {
                code = ErrorCode.ALREADY_EXISTS;
                detail = "This form was already submitted";
            }
            reject(errors, fields, code, detail);
            return false;
        } catch (DomainException e) {
            reject(errors, fields, e.code(), e.getMessage());
            return false;
        } catch (AggregateStreamCreationException e) {
            reject(errors, Map.of(), ErrorCode.ALREADY_EXISTS, "This form was already submitted");
            return false;
        }
    }

    private static void reject(FormErrors errors, Map<ErrorCode, String> fields, ErrorCode code, String detail) {
        String field = fields.get(code);
        if (field != null) {
            errors.add(field, detail + " (" + code.name() + ")");
        } else {
            errors.addGlobal(detail + " (" + code.name() + ")");
        }
    }

    private static String newFormId() {
        return UUID.randomUUID().toString();
    }
}
