package dev.urakata.query.compliance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.compliance.RiskStatus;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** A document of {@code compliance_risks}: one risk of the register with its latest assessment, keyed by risk id. */
public record RiskDocument(
        @Id String id,
        @Meaning("what could go wrong") String title,
        @Meaning("its category code") String category,
        @Meaning(value = "who is responsible for it", hidden = true) String owner,
        @Meaning("`IDENTIFIED`, `ASSESSED`, `MITIGATING` or `CLOSED`") RiskStatus status,
        @Meaning("the latest likelihood times impact, 1 to 25 (0 until assessed)") int score,
        @Meaning("how many assessments there were") int assessments,
        @Meaning("the risk's last event applied (for idempotency)") long lastSequence,
        @Meaning(value = "the latest likelihood, 1 to 5", optional = true) Integer likelihood,
        @Meaning(value = "the latest impact, 1 to 5", optional = true) Integer impact,
        @Meaning(value = "what will be done about it", optional = true) String mitigationPlan,
        @Meaning(value = "by when", optional = true) LocalDate mitigationDue,
        @Meaning(value = "the residual risk accepted when it was closed", optional = true) String residualNote) {

    /** A risk as identified, before any assessment. */
    static RiskDocument identified(String id, String title, String category, String owner, long sequence) {
        return new RiskDocument(id, title, category, owner, RiskStatus.IDENTIFIED, 0, 0, sequence, null, null, null,
                null, null);
    }
}
