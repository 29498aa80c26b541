package dev.urakata.command.privacy;

import dev.urakata.command.web.Commands;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.ErasePersonalDataCommand;
import dev.urakata.shared.privacy.ErasureReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of personal data (GDPR Art. 17) by crypto-shredding. Role: ADMIN.
 */
@RestController
@RequestMapping(path = "/api/privacy/subjects", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
// One tag, one description on both sides: a document whose tag differs per side is invalid.
@Tag(name = "Privacy", description = "A person's personal data: their whole trail (ADMIN, COMPLIANCE) and its erasure "
        + "(ADMIN).")
class PrivacyCommandController {

    private final Commands commands;

    PrivacyCommandController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/{subjectId}/erase")
    @Operation(summary = "Erase a data subject's personal data",
            description = "The subject is an employee id, or a supplier id for the supplier's contact person. "
                    + "Destroys the subject's key: names, e-mail addresses and free texts about the subject "
                    + "read as \"[erased]\" in events, read models, audit views and exports from then on; amounts, "
                    + "dates and ids stay. 404 if nothing was ever recorded about the subject, 409 if already "
                    + "erased. The erasure is itself an audited event.")
    ResponseEntity<ErasureReceipt> erase(@PathVariable DataSubjectId subjectId, @Valid @RequestBody Erase request) {
        return commands.send(new ErasePersonalDataCommand(subjectId, request.reason()),
                new ErasureReceipt(subjectId.value()));
    }

    /**
     * The body of an erasure request.
     *
     * @param reason why, for example the reference of the data subject's request
     */
    record Erase(@NotBlank @Size(max = 500) String reason) {
    }
}
