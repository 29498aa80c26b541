package dev.urakata.query.analysts;

import dev.urakata.query.it.AssetDocument;
import dev.urakata.query.it.AssetRegisterProjection;
import dev.urakata.query.it.SecurityIncidentDocument;
import dev.urakata.query.it.SecurityIncidentProjection;
import dev.urakata.query.it.SupportTicketProjection;
import dev.urakata.query.it.TicketDocument;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/**
 * The IT read models in the analysts' catalogue. System accounts are not among them: each document is one employee's
 * account, and its key names the employee.
 */
final class ItReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(SupportTicketProjection.COLLECTION, "One support ticket with its category, priority,"
                    + " status and deadline. Who it is for, who works on it and what it says are personal data,"
                    + " never shown to analysts.", "the ticket's id", List.of(), SupportTicketProjection.class,
                    TicketDocument.class),
            new ReadModel(AssetRegisterProjection.COLLECTION, "One IT asset on the register with its status. Who"
                    + " holds it is personal data, never shown to analysts.", "the asset's id", List.of(),
                    AssetRegisterProjection.class, AssetDocument.class),
            new ReadModel(SecurityIncidentProjection.COLLECTION, "One security incident with its severity and how"
                    + " far it got. Its texts may name the people involved and are never shown to analysts.",
                    "the incident's id", List.of(), SecurityIncidentProjection.class,
                    SecurityIncidentDocument.class));

    private ItReadModels() {
    }
}
