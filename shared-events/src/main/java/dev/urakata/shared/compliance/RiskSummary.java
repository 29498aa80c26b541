package dev.urakata.shared.compliance;

import java.time.LocalDate;

/**
 * A risk in the register with its latest assessment.
 *
 * @param riskId          the risk
 * @param title           what could go wrong
 * @param category        its category code
 * @param owner           who is responsible
 * @param status          where it is
 * @param likelihood      latest likelihood, {@code null} before any assessment
 * @param impact          latest impact, {@code null} before any assessment
 * @param score           latest score, 0 before any assessment
 * @param assessments     how many assessments were recorded
 * @param mitigationPlan  the planned mitigation, {@code null} if none
 * @param mitigationDue   by when, {@code null} if none
 * @param residualNote    the residual note once closed
 */
public record RiskSummary(RiskId riskId, String title, String category, String owner, RiskStatus status,
                          Integer likelihood, Integer impact, int score, int assessments, String mitigationPlan,
                          LocalDate mitigationDue, String residualNote) {
}
