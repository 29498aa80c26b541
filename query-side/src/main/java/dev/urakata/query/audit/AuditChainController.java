package dev.urakata.query.audit;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.web.Paging;
import dev.urakata.shared.audit.AuditChainVerification;
import dev.urakata.shared.audit.AuditCheckpoint;
import dev.urakata.shared.audit.AuditCheckpointPage;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.net.URI;
import java.security.Principal;

/** The tamper evidence of the event store: hash-chain verification and signed checkpoints. */
@JsonApi("/api/audit")
@Tag(name = "Audit integrity", description = "Hash chain over every event, signed checkpoints of its head.")
class AuditChainController {

    private final AuditChainVerifier verifier;
    private final AuditCheckpoints checkpoints;

    AuditChainController(AuditChainVerifier verifier, AuditCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "Recompute the hash chain from the event store and compare it with the stored chain and "
            + "every signed checkpoint; recompute the security and refusal log's chain. Roles: ADMIN, COMPLIANCE.",
            description = "Reads every event up to the chain's head (a full scan of the event store) and every row of "
                    + "the refusal log.")
    AuditChainVerification verify() {
        return verifier.verify();
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sign the chain's current head (Ed25519). Role: ADMIN.",
            description = "Hand the hash and public key to a party outside the system: that is what makes it proof.")
    ResponseEntity<AuditCheckpoint> createCheckpoint(Principal principal) {
        AuditCheckpoint checkpoint = checkpoints.create(principal.getName());
        return ResponseEntity.created(URI.create("/api/audit/checkpoints/" + checkpoint.id())).body(checkpoint);
    }

    @GetMapping("/checkpoints/{checkpointId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "One signed checkpoint, as it was handed out. Roles: ADMIN, COMPLIANCE.")
    AuditCheckpoint checkpoint(@PathVariable String checkpointId) {
        return checkpoints.find(checkpointId).orElseThrow(() ->
                new DomainException(CommonErrors.NOT_FOUND, "No audit checkpoint " + checkpointId));
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    @Operation(summary = "Signed checkpoints, oldest first, with signature and public key. Roles: ADMIN, COMPLIANCE.")
    AuditCheckpointPage checkpoints(@Paging.DefaultSize(50) Paging paging) {
        return checkpoints.list(paging.page(), paging.size());
    }
}
