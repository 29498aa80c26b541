package dev.urakata.query.analysts;

import dev.urakata.query.legal.ContractDocument;
import dev.urakata.query.legal.ContractInvoiceDocument;
import dev.urakata.query.legal.ContractProjection;
import dev.urakata.query.legal.LegalCaseDocument;
import dev.urakata.query.legal.LegalCaseProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/** The legal read models in the analysts' catalogue. */
final class LegalReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ContractProjection.COLLECTION, "One contract with its kind, term and status. Its other"
                    + " party, title and history may name an employee and are never shown to analysts.",
                    "the contract's id", List.of(), ContractProjection.class, ContractDocument.class),
            new ReadModel(ContractProjection.INVOICES, "One invoice that bills a customer contract, with what it came"
                    + " to, what was paid and what is outstanding: the contract's totals are sums over these.",
                    "the invoice's id", List.of(), ContractProjection.class, ContractInvoiceDocument.class),
            new ReadModel(LegalCaseProjection.COLLECTION, "One legal case with its kind and status. Its other party,"
                    + " subject, reference and notes may name a person and are never shown to analysts.",
                    "the case's id", List.of(), LegalCaseProjection.class, LegalCaseDocument.class));

    private LegalReadModels() {
    }
}
