package dev.urakata.shared.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency.
 *
 * <p>The amount always has exactly the currency's minor-unit scale (2 for EUR, 0 for JPY). Input with more
 * significant decimals than the currency has is refused rather than silently rounded; arithmetic that must
 * round (pro-rating, rates) rounds {@link #ROUNDING half-even}. In JSON the amount is a decimal string so no
 * client parses it into a binary floating-point number.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the ISO 4217 currency code, for example {@code JPY}
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    /** The rounding used wherever a calculation has to drop digits: banker's rounding, unbiased over many sums. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        int digits = currencyDigits(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows ("
                            + digits + ")");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** {@code amount} rounded half-even to the scale of {@code currency}: the one place calculated money is rounded. */
    public static Money rounded(BigDecimal amount, String currency) {
        return new Money(amount.setScale(currencyDigits(currency), ROUNDING), currency);
    }

    /** Money of the given amount, for example {@code Money.of("350000", "JPY")}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The sum of this and {@code other}, which must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount minus {@code other}, which must be in the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times {@code factor}, rounded half-even to the currency's scale. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(amount.scale(), ROUNDING), currency);
    }

    /** Whether the amount is greater than zero. */
    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether {@code other} is in the same currency. */
    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    private static int currencyDigits(String code) {
        Currency iso;
        try {
            iso = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency '" + code + "'");
        }
        // Pseudo-currencies such as XXX report -1 digits; they are not money a back office pays.
        if (iso.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency '" + code + "' has no minor unit and is not accepted");
        }
        return iso.getDefaultFractionDigits();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
