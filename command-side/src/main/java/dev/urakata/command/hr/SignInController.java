package dev.urakata.command.hr;

import dev.urakata.command.web.Commands;
import dev.urakata.command.workforce.WorkforceEmployees;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.BindSignInCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.hr.SignInId;
import dev.urakata.shared.hr.UnbindSignInCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.regex.Pattern;

/**
 * Binding sign-ins to employees: an administrator's act (see {@link SignIn}).
 */
@JsonApi("/api/security/sign-ins")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Sign-ins", description = "Which employee a sign-in acts as. Role: ADMIN.")
class SignInController {

    /** User names and token subjects: e-mail addresses, UUIDs, plain names. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+-]{1,128}");

    private final Commands commands;
    private final WorkforceEmployees employees;

    SignInController(Commands commands, WorkforceEmployees employees) {
        this.commands = commands;
        this.employees = employees;
    }

    /** The body of a binding. */
    record Binding(@NotNull EmployeeId employeeId) {
    }

    /** The answer: the sign-in and who it acts as now ({@code null} after unbinding). */
    record BindingResponse(String signIn, String employeeId, String employeeNumber) {
    }

    @PutMapping(path = "/{signIn}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a sign-in act as an employee", description = "Replaces its earlier binding; 409 "
            + "EMPLOYEE_ALREADY_BOUND when another sign-in acts as that employee.")
    ResponseEntity<BindingResponse> bind(@PathVariable String signIn, @Valid @RequestBody Binding binding) {
        String name = checked(signIn);
        WorkforceEmployees.Employment employee = employees.find(binding.employeeId()).orElseThrow(() ->
                new DomainException(HrErrors.UNKNOWN_EMPLOYEE, "No employee with id " + binding.employeeId()));
        return commands.send(new BindSignInCommand(SignInId.of(name), name, employee.employeeId(),
                employee.employeeNumber()),
                new BindingResponse(name, employee.employeeId().value(), employee.employeeNumber()));
    }

    @DeleteMapping("/{signIn}")
    @Operation(summary = "End a sign-in's binding to an employee")
    ResponseEntity<BindingResponse> unbind(@PathVariable String signIn) {
        String name = checked(signIn);
        return commands.send(new UnbindSignInCommand(SignInId.of(name)), new BindingResponse(name, null, null));
    }

    private static String checked(String signIn) {
        if (!NAME.matcher(signIn).matches()) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "signIn must be 1-128 letters, digits, '.', '_', '@', '+' or '-'");
        }
        return signIn;
    }
}
