package dev.urakata.shared.compliance;

/**
 * Ask for the risk register, highest score first; answered with a {@link RiskPage}.
 *
 * @param status only this status; {@code null} means any
 * @param page   page number from 0
 * @param size   page size
 */
public record ListRisksQuery(RiskStatus status, int page, int size) {
}
