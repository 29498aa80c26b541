package dev.urakata.shared.purchasing;

import java.math.BigDecimal;

/**
 * How much of one purchase-order line arrived in a receipt.
 *
 * @param lineNumber the order line
 * @param quantity   the quantity that arrived (positive, at most 3 decimals)
 */
public record ReceivedLine(int lineNumber, BigDecimal quantity) {
}
