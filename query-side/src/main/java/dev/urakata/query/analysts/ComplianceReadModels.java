package dev.urakata.query.analysts;

import dev.urakata.query.compliance.PolicyDocument;
import dev.urakata.query.compliance.PolicyProjection;
import dev.urakata.query.compliance.RiskDocument;
import dev.urakata.query.compliance.RiskRegisterProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;

import java.util.List;

/**
 * The compliance read models in the analysts' catalogue. Compliance per employee (status, overdue items) is about
 * one person each and stays closed to analysts.
 */
final class ComplianceReadModels {

    static final List<ReadModel> ALL = List.of(
            new ReadModel(PolicyProjection.COLLECTION, "One compliance policy as its latest published version has"
                    + " it.", "the policy's code", List.of(), PolicyProjection.class, PolicyDocument.class),
            new ReadModel(RiskRegisterProjection.COLLECTION, "One risk of the register with its latest assessment,"
                    + " mitigation and status. Its owner is never shown to analysts.", "the risk's id", List.of(),
                    RiskRegisterProjection.class, RiskDocument.class));

    private ComplianceReadModels() {
    }
}
