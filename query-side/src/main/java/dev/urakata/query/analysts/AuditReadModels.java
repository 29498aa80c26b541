package dev.urakata.query.analysts;

import dev.urakata.query.audit.AuditEventDocument;
import dev.urakata.query.audit.AuditTrailProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/** The audit read models in the analysts' catalogue. */
final class AuditReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(AuditTrailProjection.COLLECTION, "One event of any context: who, what, when, as part of"
                    + " which business transaction. The event's content holds personal data and is never shown to"
                    + " analysts (the whole trail is for ADMIN and COMPLIANCE through /api/audit).", "the event's id",
                    List.of("timestamp", "globalPosition"), AuditTrailProjection.class, AuditEventDocument.class));

    private AuditReadModels() {
    }
}
