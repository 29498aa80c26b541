package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One line of an invoice or credit note as entered: what, how many, at what price, under which tax rate.
 *
 * @param description what is sold
 * @param quantity    how many (positive, at most 3 decimals)
 * @param unitPrice   price per unit, net of tax
 * @param taxCode     the tax rate code, for example {@code STANDARD}, {@code REDUCED} or {@code EXEMPT}
 */
public record InvoiceLine(String description, BigDecimal quantity, Money unitPrice, String taxCode) {
}
