package dev.urakata.command.legal;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.security.CurrentEmployee;
import dev.urakata.config.security.Roles;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.FinanceErrors;
import dev.urakata.shared.legal.ChangeLegalCaseStatusCommand;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.DraftContractCommand;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.OpenLegalCaseCommand;
import dev.urakata.shared.legal.RecordLegalCaseNoteCommand;
import dev.urakata.shared.legal.RenewContractCommand;
import dev.urakata.shared.legal.SignContractCommand;
import dev.urakata.shared.legal.TerminateContractCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;


/**
 * Contracts and legal cases. Roles: ADMIN and LEGAL for everything; HR may draft and sign EMPLOYMENT contracts
 * (HR hires people), any other kind answers 403.
 */
@JsonApi("/api/legal")
@PreAuthorize("hasAnyRole('ADMIN', 'LEGAL')")
@Tag(name = "Legal commands", description = "Draft, sign, renew and terminate contracts (ADMIN, LEGAL; HR drafts "
        + "and signs EMPLOYMENT contracts); open, note and move legal cases (ADMIN, LEGAL).")
class LegalCommandController {

    private final Commands commands;
    private final CustomerCurrencies currencies;

    LegalCommandController(Commands commands, CustomerCurrencies currencies) {
        this.commands = commands;
        this.currencies = currencies;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/contracts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEGAL', 'HR')")
    @Operation(summary = "Draft a contract", description = "201 with the new contract's id. HR: EMPLOYMENT only. "
            + "The counterparty is an employee, supplier or customer by kind: 422 UNKNOWN_EMPLOYEE, "
            + "UNKNOWN_SUPPLIER or UNKNOWN_CUSTOMER when it names none. A CUSTOMER contract may carry billing "
            + "terms (value net of tax, ONE_OFF or MONTHLY over `months`, tax code): signing it invoices the customer "
            + "by them, naming the contract on each invoice; the value must be in the customer's currency (422 "
            + "CURRENCY_MISMATCH). Billing on another kind is 400.")
    ResponseEntity<LegalCommandRequests.ContractIdResponse> draft(@Valid @RequestBody LegalCommandRequests.DraftContract request,
                            Authentication user) {
        if (employmentOnly(user) && request.kind() != ContractKind.EMPLOYMENT) {
            throw new DomainException(CommonErrors.FORBIDDEN, "HR may draft employment contracts only");
        }
        commands.requireReference(request.counterpartyId(), switch (request.kind()) {
            case EMPLOYMENT -> Kind.EMPLOYEE;
            case SUPPLIER -> Kind.SUPPLIER;
            case CUSTOMER -> Kind.CUSTOMER;
        }, "counterpartyId");
        ContractBilling billing = request.billing() == null ? null : request.billing().terms();
        if (billing != null && request.kind() == ContractKind.CUSTOMER) {
            String currency = currencies.of(request.counterpartyId()).orElseThrow(() -> new DomainException(
                    FinanceErrors.UNKNOWN_CUSTOMER, "counterpartyId names no customer: " + request.counterpartyId()));
            if (!currency.equals(billing.value().currency())) {
                throw new DomainException(CommonErrors.CURRENCY_MISMATCH, "billing.value is in "
                        + billing.value().currency() + "; customer " + request.counterpartyId() + " is invoiced in "
                        + currency);
            }
        }
        ContractId id = ContractId.newId();
        return commands.create(new DraftContractCommand(id, request.kind(), request.counterpartyId(),
                request.title(), request.startDate(), request.endDate(), billing),
                "/api/legal/contracts/" + id, new LegalCommandRequests.ContractIdResponse(id.value()));
    }

    @PostMapping(path = "/contracts/{contractId}/sign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEGAL', 'HR')")
    @Operation(summary = "Record the signing of a drafted contract", description = "Active from its start date "
            + "(at once if that is not after the signing). A customer contract with billing terms is invoiced from "
            + "the signing: its first invoice dated the signing day, each further monthly instalment a month after "
            + "the one before. HR: EMPLOYMENT only. 409 CONTRACT_STATUS_CONFLICT.")
    ResponseEntity<LegalCommandRequests.ContractIdResponse> sign(@PathVariable ContractId contractId,
                           @Valid @RequestBody LegalCommandRequests.SignContract request,
                           Authentication user) {
        return commands.send(new SignContractCommand(contractId, request.signedOn(), employmentOnly(user)),
                new LegalCommandRequests.ContractIdResponse(contractId.value()));
    }

    @PostMapping(path = "/contracts/{contractId}/renew", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend a signed contract to a later end date", description = "Moves its expiry reminder "
            + "and expiry.")
    ResponseEntity<LegalCommandRequests.ContractIdResponse> renew(@PathVariable ContractId contractId,
                            @Valid @RequestBody LegalCommandRequests.RenewContract request) {
        return commands.send(new RenewContractCommand(contractId, request.newEndDate()),
                new LegalCommandRequests.ContractIdResponse(contractId.value()));
    }

    @PostMapping(path = "/contracts/{contractId}/terminate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Terminate a signed contract early", description = "No reminder or expiry follows.")
    ResponseEntity<LegalCommandRequests.ContractIdResponse> terminate(@PathVariable ContractId contractId,
                                @Valid @RequestBody LegalCommandRequests.TerminateContract request) {
        return commands.send(new TerminateContractCommand(contractId, request.terminatedOn(), request.reason()),
                new LegalCommandRequests.ContractIdResponse(contractId.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a legal case", description = "201 with the new case's id.")
    ResponseEntity<LegalCommandRequests.CaseIdResponse> open(@Valid @RequestBody LegalCommandRequests.OpenCase request) {
        LegalCaseId id = LegalCaseId.newId();
        return commands.create(new OpenLegalCaseCommand(id, request.kind(), request.counterpartyId(),
                request.subject(), request.reference()),
                "/api/legal/cases/" + id, new LegalCommandRequests.CaseIdResponse(id.value()));
    }

    @PostMapping(path = "/cases/{caseId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a note to an open case")
    ResponseEntity<LegalCommandRequests.CaseIdResponse> note(@PathVariable LegalCaseId caseId,
            @Valid @RequestBody LegalCommandRequests.CaseNote request) {
        return commands.send(new RecordLegalCaseNoteCommand(caseId, request.note()),
                new LegalCommandRequests.CaseIdResponse(caseId.value()));
    }

    @PostMapping(path = "/cases/{caseId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a case on", description = "OPEN -> IN_PROGRESS -> SETTLED, WON, LOST or WITHDRAWN; "
            + "a closed case accepts nothing (409 LEGAL_CASE_STATUS_CONFLICT).")
    ResponseEntity<LegalCommandRequests.CaseIdResponse> status(@PathVariable LegalCaseId caseId,
                             @Valid @RequestBody LegalCommandRequests.CaseStatus request) {
        return commands.send(new ChangeLegalCaseStatusCommand(caseId, request.status(), request.note()),
                new LegalCommandRequests.CaseIdResponse(caseId.value()));
    }

    /** HR acts on employment contracts only; ADMIN and LEGAL on all. */
    private static boolean employmentOnly(Authentication user) {
        return !CurrentEmployee.hasRole(user, Roles.ADMIN) && !CurrentEmployee.hasRole(user, Roles.LEGAL);
    }
}
