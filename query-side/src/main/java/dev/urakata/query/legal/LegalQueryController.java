package dev.urakata.query.legal;

import dev.urakata.config.web.JsonApi;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.web.Paging;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.legal.ContractDetails;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractPage;
import dev.urakata.shared.legal.ContractStatus;
import dev.urakata.shared.legal.FindContractQuery;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCasePage;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseSummary;
import dev.urakata.shared.legal.ListContractsQuery;
import dev.urakata.shared.legal.ListLegalCasesQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Contracts and legal cases. Roles: ADMIN, LEGAL, COMPLIANCE. */
@JsonApi("/api/legal")
@PreAuthorize("hasAnyRole('ADMIN', 'LEGAL', 'COMPLIANCE')")
@Tag(name = "Legal", description = "Contracts by status, kind and counterparty, contracts expiring soon, one "
        + "contract with its history, legal cases. Roles: ADMIN, LEGAL, COMPLIANCE.")
class LegalQueryController {

    private static final int MAX_WITHIN_DAYS = 3650;

    private final ReadQueries queries;

    LegalQueryController(ReadQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/contracts")
    @Operation(summary = "Contracts, by end date", description = "Filters: status, kind, counterpartyId.")
    ContractPage contracts(@RequestParam(required = false) ContractStatus status,
                           @RequestParam(required = false) ContractKind kind,
                           @RequestParam(required = false) String counterpartyId,
                           Paging paging) {
        return queries.answer(new ListContractsQuery(status, kind, counterpartyId, null, 0, paging.page(),
                paging.size()),
                ContractPage.class);
    }

    @GetMapping("/contracts/expiring")
    @Operation(summary = "Contracts in force whose end date lies within some days of a date",
            description = "within: days (default 30); on: ISO date (default today, UTC). Soonest first.")
    ContractPage expiring(@RequestParam(defaultValue = "30") int within,
                          @RequestParam(required = false) String on,
                          @RequestParam(required = false) ContractKind kind,
                          Paging paging) {
        if (within < 0 || within > MAX_WITHIN_DAYS) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "within must be between 0 and " + MAX_WITHIN_DAYS);
        }
        LocalDate day;
        try {
            day = on == null ? LocalDate.now(ZoneOffset.UTC) : RequestDates.requireInRange("on", LocalDate.parse(on));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "on must be an ISO date such as 2026-04-01");
        }
        return queries.answer(new ListContractsQuery(null, kind, null, day, within, paging.page(), paging.size()),
                ContractPage.class);
    }

    @GetMapping("/contracts/{contractId}")
    @Operation(summary = "One contract with its history")
    ContractDetails contract(@PathVariable ContractId contractId) {
        return queries.found(new FindContractQuery(contractId), ContractDetails.class, "No contract " + contractId);
    }

    @GetMapping("/cases")
    @Operation(summary = "Legal cases, newest first", description = "Filters: status, kind.")
    LegalCasePage cases(@RequestParam(required = false) LegalCaseStatus status,
                        @RequestParam(required = false) LegalCaseKind kind,
                        Paging paging) {
        return queries.answer(new ListLegalCasesQuery(null, status, kind, paging.page(), paging.size()),
                LegalCasePage.class);
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "One legal case with its notes")
    LegalCaseSummary legalCase(@PathVariable LegalCaseId caseId) {
        return queries.answer(new ListLegalCasesQuery(caseId, null, null, 0, 1), LegalCasePage.class)
                .items().stream().findFirst()
                .orElseThrow(() -> new DomainException(CommonErrors.NOT_FOUND, "No legal case " + caseId));
    }
}
