package dev.urakata.query.compliance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.compliance.AcknowledgementStatus;
import dev.urakata.shared.compliance.ComplianceItemState;
import dev.urakata.shared.compliance.ComplianceStatus;
import dev.urakata.shared.compliance.FindComplianceStatusQuery;
import dev.urakata.shared.compliance.ListOverdueComplianceQuery;
import dev.urakata.shared.compliance.ListPoliciesQuery;
import dev.urakata.shared.compliance.ListRisksQuery;
import dev.urakata.shared.compliance.OverdueComplianceItem;
import dev.urakata.shared.compliance.PolicyAcknowledgedEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementOverdueEvent;
import dev.urakata.shared.compliance.PolicyAcknowledgementRequestedEvent;
import dev.urakata.shared.compliance.PolicySummary;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.RiskAssessedEvent;
import dev.urakata.shared.compliance.RiskClosedEvent;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.compliance.RiskIdentifiedEvent;
import dev.urakata.shared.compliance.RiskMitigationPlannedEvent;
import dev.urakata.shared.compliance.RiskPage;
import dev.urakata.shared.compliance.RiskStatus;
import dev.urakata.shared.compliance.RiskSummary;
import dev.urakata.shared.compliance.TrainingAssignedEvent;
import dev.urakata.shared.compliance.TrainingCompletedEvent;
import dev.urakata.shared.compliance.TrainingOverdueEvent;
import dev.urakata.shared.compliance.TrainingStatus;
import dev.urakata.shared.hr.EmployeeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance status, overdue report, policy and risk register read models on the embedded MongoDB server. */
class ComplianceProjectionsTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");
    static final LocalDate MAY = LocalDate.of(2026, 5, 31);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void anEmployeesStatusShowsPendingDoneAndOverdueItemsAndIgnoresRedelivery() {
        ComplianceStatusProjection status = new ComplianceStatusProjection(mongo.template());
        status.on(new TrainingAssignedEvent(AIKO, "CODE_OF_CONDUCT", MAY), 0);
        status.on(new TrainingAssignedEvent(AIKO, "FIRE_SAFETY", JUNE), 1);
        status.on(new PolicyAcknowledgementRequestedEvent(AIKO, "PRIVACY", 2, MAY), 2);
        status.on(new PolicyAcknowledgementRequestedEvent(AIKO, "SECURITY", 1, MAY), 3);
        status.on(new TrainingCompletedEvent(AIKO, "FIRE_SAFETY", MAY), 4);
        status.on(new PolicyAcknowledgedEvent(AIKO, "SECURITY", 1, MAY), 5);
        status.on(new TrainingOverdueEvent(AIKO, "CODE_OF_CONDUCT", MAY), 6);
        status.on(new PolicyAcknowledgementOverdueEvent(AIKO, "PRIVACY", 2, MAY), 7);
        status.on(new TrainingAssignedEvent(AIKO, "CODE_OF_CONDUCT", MAY), 0); // redelivered: must not reset it

        ComplianceStatus aiko = status.handle(new FindComplianceStatusQuery(AIKO)).orElseThrow();
        assertThat(aiko.trainings()).containsExactly(
                new TrainingStatus("CODE_OF_CONDUCT", MAY, ComplianceItemState.OVERDUE, null),
                new TrainingStatus("FIRE_SAFETY", JUNE, ComplianceItemState.DONE, MAY));
        assertThat(aiko.acknowledgements()).containsExactly(
                new AcknowledgementStatus("PRIVACY", 2, MAY, ComplianceItemState.OVERDUE, null),
                new AcknowledgementStatus("SECURITY", 1, MAY, ComplianceItemState.DONE, MAY));
        assertThat(aiko.overdue()).isEqualTo(2);
        assertThat(status.handle(new FindComplianceStatusQuery(KEN))).isEmpty();
    }

    @Test
    void theOverdueReportListsWhatIsStillOverdueOldestFirst() {
        OverdueComplianceProjection overdue = new OverdueComplianceProjection(mongo.template());
        overdue.on(new TrainingAssignedEvent(AIKO, "CODE_OF_CONDUCT", JUNE), 0);
        overdue.on(new TrainingOverdueEvent(AIKO, "CODE_OF_CONDUCT", JUNE), 1);
        overdue.on(new PolicyAcknowledgementOverdueEvent(KEN, "PRIVACY", 2, MAY), 1);
        overdue.on(new TrainingOverdueEvent(KEN, "FIRE_SAFETY", JUNE), 2);
        overdue.on(new TrainingCompletedEvent(KEN, "FIRE_SAFETY", JUNE.plusDays(3)), 3);
        overdue.on(new TrainingOverdueEvent(KEN, "FIRE_SAFETY", JUNE), 2); // redelivered after the completion

        assertThat(overdue.handle(new ListOverdueComplianceQuery(0, 20)).items()).containsExactly(
                new OverdueComplianceItem(KEN, "ACKNOWLEDGEMENT", "PRIVACY", 2, MAY),
                new OverdueComplianceItem(AIKO, "TRAINING", "CODE_OF_CONDUCT", null, JUNE));

        overdue.on(new PolicyAcknowledgedEvent(KEN, "PRIVACY", 2, JUNE), 4);
        assertThat(overdue.handle(new ListOverdueComplianceQuery(0, 20)).items())
                .extracting(OverdueComplianceItem::employeeId).containsExactly(AIKO);
    }

    @Test
    void policiesShowTheirLatestVersion() {
        PolicyProjection policies = new PolicyProjection(mongo.template());
        policies.on(new PolicyVersionPublishedEvent("PRIVACY", "Privacy", 1, true));
        policies.on(new PolicyVersionPublishedEvent("PRIVACY", "Privacy (2026)", 2, false));
        policies.on(new PolicyVersionPublishedEvent("PRIVACY", "Privacy", 1, true)); // redelivered
        policies.on(new PolicyVersionPublishedEvent("CODE_OF_CONDUCT", "Code of conduct", 1, true));

        assertThat(policies.handle(new ListPoliciesQuery(0, 20)).items()).containsExactly(
                new PolicySummary("CODE_OF_CONDUCT", "Code of conduct", 1, true),
                new PolicySummary("PRIVACY", "Privacy (2026)", 2, false));
    }

    @Test
    void theRiskRegisterIsSortedByScoreAndCountsReassessmentsOnce() {
        RiskRegisterProjection risks = new RiskRegisterProjection(mongo.template());
        RiskId theft = new RiskId("theft");
        RiskId fire = new RiskId("fire");
        risks.on(new RiskIdentifiedEvent(theft, "Laptop theft", "DATA_PROTECTION", "it"), 0);
        risks.on(new RiskIdentifiedEvent(fire, "Office fire", "SAFETY", "ops"), 0);
        risks.on(new RiskAssessedEvent(theft, 3, 3, 9), 1);
        risks.on(new RiskAssessedEvent(fire, 2, 5, 10), 1);
        risks.on(new RiskAssessedEvent(theft, 4, 4, 16), 2);
        risks.on(new RiskAssessedEvent(theft, 4, 4, 16), 2); // redelivered
        risks.on(new RiskMitigationPlannedEvent(theft, "Encrypt disks", JUNE), 3);

        RiskPage page = risks.handle(new ListRisksQuery(null, 0, 20));
        assertThat(page.items()).extracting(r -> r.riskId().value()).containsExactly("theft", "fire");
        assertThat(page.items().get(0)).isEqualTo(new RiskSummary(theft, "Laptop theft", "DATA_PROTECTION", "it",
                RiskStatus.MITIGATING, 4, 4, 16, 2, "Encrypt disks", JUNE, null));

        risks.on(new RiskClosedEvent(fire, "Sprinklers installed"), 2);
        assertThat(risks.handle(new ListRisksQuery(RiskStatus.CLOSED, 0, 20)).items()).singleElement()
                .satisfies(r -> assertThat(r.residualNote()).isEqualTo("Sprinklers installed"));
        assertThat(risks.handle(new ListRisksQuery(RiskStatus.ASSESSED, 0, 20)).total()).isZero();
    }
}
