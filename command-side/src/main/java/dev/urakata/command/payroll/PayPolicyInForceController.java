package dev.urakata.command.payroll;

import dev.urakata.command.web.KnownEvents;
import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.EffectiveOn;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyInForce;
import dev.urakata.shared.payroll.PayPolicyVersionAdoptedEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pay policy's version in force on a day, as known at an instant: the question a payroll auditor asks of a past
 * payslip ("which rates applied to March, and did we already know on 25 March?"). Answered from the policy's own
 * events, a handful per year. Roles: ADMIN, PAYROLL, COMPLIANCE.
 */
@JsonApi("/api/payroll/policies")
@PreAuthorize("hasAnyRole('ADMIN', 'PAYROLL', 'COMPLIANCE')")
@Tag(name = "Pay policies", description = "Versions of a pay policy, in force on a day as known at an instant. "
        + "Roles: ADMIN, PAYROLL, COMPLIANCE.")
class PayPolicyInForceController {

    private final KnownEvents events;
    PayPolicyInForceController(KnownEvents events) {
        this.events = events;
    }

    @GetMapping("/{policyId}")
    @Operation(summary = "The version in force on a day (today by default), as known at asOf (now by default)",
            description = "The version whose effectiveFrom is the latest on or before effectiveOn, among the versions "
                    + "recorded by asOf, and all of those versions. 404 when the policy was unknown at asOf or had "
                    + "no version in force on effectiveOn.")
    PayPolicyInForce policy(@PathVariable PayPolicyId policyId, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String effectiveOn) {
        Instant knownAt = asOf == null ? null : AsOf.parse(asOf);
        LocalDate day = effectiveOn == null ? LocalDate.now(ZoneOffset.UTC)
                : EffectiveOn.parse(effectiveOn);
        List<PayPolicyVersionAdoptedEvent> adopted = new ArrayList<>();
        List<PayPolicyInForce.Version> versions = new ArrayList<>();
        for (DomainEventMessage<?> event : events.of(policyId.value(), knownAt)) {
            if (event.getPayload() instanceof PayPolicyVersionAdoptedEvent version) {
                adopted.add(version);
                versions.add(new PayPolicyInForce.Version(version.version(), version.effectiveFrom(),
                        version.rules(), version.change(), version.reason(), event.getTimestamp(),
                        (String) event.getMetaData().get(MetadataKeys.USER)));
            }
        }
        if (versions.isEmpty()) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No pay policy " + policyId
                    + (knownAt == null ? "" : " was known at " + knownAt));
        }
        PayPolicyInForce.Version inForce = versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PayPolicyInForce.Version::effectiveFrom)
                        .thenComparingInt(PayPolicyInForce.Version::version))
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "Pay policy " + policyId
                        + " had no version in force on " + day));
        String name = adopted.get(adopted.size() - 1).name();
        return new PayPolicyInForce(policyId, name, day, knownAt, inForce, versions);
    }
}
