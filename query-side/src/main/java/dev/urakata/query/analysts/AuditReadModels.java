package dev.urakata.query.analysts;

import dev.urakata.query.audit.AuditTrailProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

import static dev.urakata.query.analysts.CatalogueFields.field;
import static dev.urakata.query.analysts.CatalogueFields.optional;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.INSTANT;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.LONG;
import static dev.urakata.query.readmodel.ReadModelCatalogue.FieldType.STRING;

/** The audit read models in the analysts' catalogue. */
final class AuditReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(AuditTrailProjection.COLLECTION, "One event of any context: who, what, when, as part of"
                    + " which business transaction. The event's content holds personal data and is never shown to"
                    + " analysts (the whole trail is for ADMIN and COMPLIANCE through /api/audit).", "the event's id",
                    List.of("timestamp", "globalPosition"), AuditTrailProjection.class, List.of(
                    field("eventType", STRING, "the event's type, e.g. `EmployeeHiredEvent`"),
                    field("timestamp", INSTANT, "when it was recorded"),
                    optional("user", STRING, "who caused it (absent for events of deadlines and policies)"),
                    optional("correlationId", STRING, "the business transaction it is part of"),
                    optional("causationId", STRING, "the message that caused it"),
                    optional("aggregateType", STRING, "the type of the aggregate it belongs to"),
                    optional("aggregateId", STRING, "the aggregate it belongs to"),
                    optional("sequence", LONG, "its position within its aggregate"),
                    optional("globalPosition", LONG, "its position in the event store")),
                    List.of("payload", "dataSubject", "personalFields")));

    private AuditReadModels() {
    }
}
