package dev.urakata.query.analysts;

import dev.urakata.query.finance.ReceivablesAgingProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.DATE;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.MONEY;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The finance read models in the analysts' catalogue. */
final class FinanceReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(ReceivablesAgingProjection.MOVEMENTS, "One change of what a customer owes on one"
                    + " invoice: its issue (positive), a payment, credit note or applied credit (negative).",
                    "the event's id", List.of("recordedAt"), ReceivablesAgingProjection.class, List.of(
                    field("customerId", STRING, "the customer"),
                    field("invoiceId", STRING, "the invoice"),
                    field("change", MONEY, "the change of the outstanding amount"),
                    field("businessDate", DATE, "the day it took effect (issue, receipt or credit date)"),
                    optional("dueDate", DATE, "on the issue only: when the invoice falls due"),
                    field("recordedAt", INSTANT, "when it was recorded"))));

    private FinanceReadModels() {
    }
}
