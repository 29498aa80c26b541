package dev.urakata.command.inventory;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;

import java.math.BigDecimal;

/** The rules for stock quantities: positive, at most three decimals, below a billion units. */
final class Quantities {

    static final int SCALE = 3;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Quantities() {
    }

    /** A valid positive quantity at scale 3, or an INVALID_INPUT refusal naming {@code what}. */
    static BigDecimal positive(BigDecimal quantity, String what) {
        BigDecimal normal = atScale(quantity, what);
        if (normal.signum() <= 0) {
            throw new DomainException(CommonErrors.INVALID_INPUT, what + " must be positive");
        }
        return normal;
    }

    /** A valid quantity of zero or more at scale 3. */
    static BigDecimal zeroOrMore(BigDecimal quantity, String what) {
        BigDecimal normal = atScale(quantity, what);
        if (normal.signum() < 0) {
            throw new DomainException(CommonErrors.INVALID_INPUT, what + " must not be negative");
        }
        return normal;
    }

    private static BigDecimal atScale(BigDecimal quantity, String what) {
        if (quantity == null) {
            throw new DomainException(CommonErrors.INVALID_INPUT, what + " is required");
        }
        if (quantity.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException(CommonErrors.INVALID_INPUT, what + " has more than " + SCALE + " decimals");
        }
        if (quantity.abs().compareTo(LIMIT) >= 0) {
            throw new DomainException(CommonErrors.INVALID_INPUT, what + " is implausibly large");
        }
        return quantity.setScale(SCALE);
    }
}
