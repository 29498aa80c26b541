package dev.urakata.command.compliance;

import dev.urakata.shared.compliance.AssessRiskCommand;
import dev.urakata.shared.compliance.CloseRiskCommand;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.IdentifyRiskCommand;
import dev.urakata.shared.compliance.PlanRiskMitigationCommand;
import dev.urakata.shared.compliance.RiskAssessedEvent;
import dev.urakata.shared.compliance.RiskClosedEvent;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.compliance.RiskIdentifiedEvent;
import dev.urakata.shared.compliance.RiskMitigationPlannedEvent;
import dev.urakata.shared.error.CommonErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.urakata.command.support.Refusals.refusedWith;

/** The risk register's life of one risk. */
class RiskTest {

    static final RiskId ID = new RiskId("r-1");
    static final RiskIdentifiedEvent IDENTIFIED = new RiskIdentifiedEvent(ID, "Laptop theft", "DATA_PROTECTION",
            "it");

    private AggregateTestFixture<Risk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Risk.class);
    }

    @Test
    void identifyingAddsTheRisk() {
        fixture.givenNoPriorActivity().when(new IdentifyRiskCommand(ID, "Laptop theft", "DATA_PROTECTION", "it"))
                .expectEvents(IDENTIFIED);
    }

    @Test
    void aBadCategoryIsRefused() {
        fixture.givenNoPriorActivity().when(new IdentifyRiskCommand(ID, "Laptop theft", "data", "it"))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void theScoreIsLikelihoodTimesImpactAndReassessmentsAreNewEvents() {
        fixture.given(IDENTIFIED).when(new AssessRiskCommand(ID, 3, 4))
                .expectEvents(new RiskAssessedEvent(ID, 3, 4, 12));
        fixture.given(IDENTIFIED, new RiskAssessedEvent(ID, 3, 4, 12)).when(new AssessRiskCommand(ID, 2, 5))
                .expectEvents(new RiskAssessedEvent(ID, 2, 5, 10));
    }

    @Test
    void likelihoodAndImpactOutsideOneToFiveAreRefused() {
        fixture.given(IDENTIFIED).when(new AssessRiskCommand(ID, 0, 4))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(IDENTIFIED).when(new AssessRiskCommand(ID, 3, 6))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void aMitigationIsPlanned() {
        fixture.given(IDENTIFIED).when(new PlanRiskMitigationCommand(ID, "Encrypt disks", LocalDate.of(2031, 1, 31)))
                .expectEvents(new RiskMitigationPlannedEvent(ID, "Encrypt disks", LocalDate.of(2031, 1, 31)));
        fixture.given(IDENTIFIED).when(new PlanRiskMitigationCommand(ID, "Encrypt disks", null))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void aClosedRiskAcceptsNothing() {
        fixture.given(IDENTIFIED).when(new CloseRiskCommand(ID, "Residual: lost paper notes"))
                .expectEvents(new RiskClosedEvent(ID, "Residual: lost paper notes"));
        fixture.given(IDENTIFIED, new RiskClosedEvent(ID, "done")).when(new AssessRiskCommand(ID, 1, 1))
                .expectException(refusedWith(ComplianceErrors.RISK_CLOSED)).expectNoEvents();
        fixture.given(IDENTIFIED, new RiskClosedEvent(ID, "done")).when(new CloseRiskCommand(ID, "again"))
                .expectException(refusedWith(ComplianceErrors.RISK_CLOSED)).expectNoEvents();
    }

    @Test
    void closingNeedsAResidualNote() {
        fixture.given(IDENTIFIED).when(new CloseRiskCommand(ID, " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }
}
