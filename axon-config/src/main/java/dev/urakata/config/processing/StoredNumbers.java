package dev.urakata.config.processing;

import dev.urakata.shared.money.Money;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;

/**
 * How read models store numbers an analyst adds up, one rule for all (docs/read-models.md): a quantity is a BSON
 * {@code Decimal128}; an amount of money is a sub-document {@code {amount: Decimal128, currency: "JPY"}}. Both keep
 * the exact decimal and its scale, and {@code $sum}, {@code $group} and range queries work on them in any MongoDB
 * client; a decimal kept as text would sum to 0 without an error.
 */
public final class StoredNumbers {

    private StoredNumbers() {
    }

    /** A quantity or any other exact decimal as stored ({@code null} stays {@code null}). */
    public static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    /** An amount of money as stored ({@code null} stays {@code null}). */
    public static Document money(Money money) {
        return money == null ? null
                : new Document("amount", new Decimal128(money.amount())).append("currency", money.currency());
    }

    /** The decimal stored in {@code field} of {@code doc}, or {@code null} if it holds none. */
    public static BigDecimal decimal(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? null : ((Decimal128) value).bigDecimalValue();
    }

    /** The money stored in {@code field} of {@code doc}, or {@code null} if it holds none. */
    public static Money money(Document doc, String field) {
        Document money = doc.get(field, Document.class);
        return money == null ? null : new Money(decimal(money, "amount"), money.getString("currency"));
    }
}
