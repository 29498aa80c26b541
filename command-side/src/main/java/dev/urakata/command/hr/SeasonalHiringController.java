package dev.urakata.command.hr;

import dev.urakata.command.web.Commands;
import dev.urakata.command.web.PlausibleAmount;
import dev.urakata.command.web.PlausibleDate;
import dev.urakata.command.web.Refusals;
import dev.urakata.shared.EmailAddress;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeNumber;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.money.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Seasonal staffing: a batch of temporary hires in one request, all part of one business transaction (one
 * correlation id), so the season's hires, their onboardings and later their contract ends and offboardings are one
 * trail in the audit log. Every hire is an ordinary {@link HireEmployeeCommand}; each employee is offboarded
 * automatically when their contract ends. Roles: ADMIN, HR.
 *
 * <p>The whole batch is checked before anything is sent (any bad row: 400, nothing hired). A row the business rules
 * refuse after that (an employee number already taken) is reported with its code and does not stop the others.
 */
@RestController
@RequestMapping(path = "/api/hr/seasonal-hires", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
@Tag(name = "HR commands")
class SeasonalHiringController {

    static final int MAX_BATCH = 200;

    private final Commands commands;

    SeasonalHiringController(Commands commands) {
        this.commands = commands;
    }

    /**
     * A batch of temporary hires.
     *
     * @param season a label for the batch, for example {@code summer-2026}
     * @param hires  the hires, 1 to {@value #MAX_BATCH}
     */
    record SeasonalHires(@NotBlank @Size(max = 64) String season,
                         @NotNull @Size(min = 1, max = MAX_BATCH) List<@Valid @NotNull TemporaryHire> hires) {
    }

    /** One temporary hire: like a hire, but always temporary and always with a contract end date. */
    record TemporaryHire(
            @NotBlank @Size(max = EmployeeNumber.MAX_LENGTH)
            @Pattern(regexp = EmployeeNumber.FORM, message = EmployeeNumber.FORM_MESSAGE) String employeeNumber,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 100) String position,
            @NotNull @PlausibleDate LocalDate hireDate,
            @NotNull @PlausibleDate LocalDate contractEndDate,
            @NotNull @PlausibleAmount Money monthlySalary) {
    }

    /** A hired row. */
    record Hired(String employeeNumber, String employeeId, LocalDate contractEndDate) {
    }

    /** A refused row, with the problem code the single hire would have answered. */
    record Refused(String employeeNumber, String code, String detail) {
    }

    /** The outcome: the batch's correlation id (its audit trail), who was hired and who was refused. */
    record Outcome(String season, String correlationId, List<Hired> hired, List<Refused> refused) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Hire a batch of temporary staff",
            description = "201 when at least one was hired (refused rows listed with their codes); when none was, "
                    + "the problem of the last refusal. Each is offboarded automatically when the contract ends.")
    ResponseEntity<Outcome> hireSeasonal(@Valid @RequestBody SeasonalHires request) {
        requireConsistent(request.hires());
        String correlationId = UUID.randomUUID().toString();
        List<Hired> hired = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (TemporaryHire row : request.hires()) {
            EmployeeId id = EmployeeId.newId();
            HireEmployeeCommand command = new HireEmployeeCommand(id, row.employeeNumber(), row.givenName(),
                    row.familyName(), row.email(), row.department(), row.position(), EmploymentType.TEMPORARY,
                    row.contractEndDate(), row.hireDate(), row.monthlySalary());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(MetadataKeys.CORRELATION_ID, correlationId)));
                hired.add(new Hired(row.employeeNumber(), id.value(), row.contractEndDate()));
            } catch (RuntimeException failure) {
                ErrorDetails refusal = Refusals.of(failure).orElseThrow(() -> failure);
                if (hired.isEmpty() && refused.size() == request.hires().size() - 1) {
                    throw new DomainException(refusal, "No one was hired; the last refusal: "
                            + refusal.detail());
                }
                refused.add(new Refused(row.employeeNumber(), refusal.code(), refusal.detail()));
            }
        }
        // The batch is no resource of its own: its Location is its audit trail, every hire under one correlation id.
        return ResponseEntity.created(URI.create("/api/audit/events?correlationId=" + correlationId))
                .body(new Outcome(request.season(), correlationId, hired, refused));
    }

    /** Rows that contradict themselves or each other are refused before anyone is hired. */
    private static void requireConsistent(List<TemporaryHire> hires) {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < hires.size(); i++) {
            TemporaryHire row = hires.get(i);
            if (row.contractEndDate().isBefore(row.hireDate())) {
                throw new DomainException(CommonErrors.INVALID_INPUT,
                        "hires[" + i + "].contractEndDate lies before its hireDate");
            }
            if (!numbers.add(row.employeeNumber())) {
                throw new DomainException(CommonErrors.INVALID_INPUT,
                        "hires[" + i + "].employeeNumber " + row.employeeNumber() + " appears twice in the batch");
            }
        }
    }
}
