package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One invoice or credit-note line with its tax worked out: net = quantity x unit price and tax = net x rate, each
 * rounded half-even to the currency's minor unit on the line; gross = net + tax.
 *
 * @param lineNumber  the line, from 1
 * @param description what is sold
 * @param quantity    how many
 * @param unitPrice   price per unit, net of tax
 * @param taxCode     the tax rate code
 * @param taxRate     the rate in force for the code on the document's date, for example {@code 0.10}
 * @param net         amount before tax
 * @param tax         tax on the line
 * @param gross       net plus tax
 */
public record TaxedLine(int lineNumber, String description, BigDecimal quantity, Money unitPrice, String taxCode,
                        BigDecimal taxRate, Money net, Money tax, Money gross) {
}
