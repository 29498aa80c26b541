package dev.urakata.shared.legal;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a customer contract is worth and how it is invoiced.
 *
 * <p>{@link #instalments()} splits the value so that the invoices add up to it exactly, to the minor unit of its
 * currency: every instalment is the value divided by the number of months rounded <em>down</em> to the currency's
 * scale, and the remainder (fewer minor units than there are months) goes onto the <em>first</em> invoice, so it is
 * known at signing and the later invoices are all alike. 100,000 JPY over 3 months: 33,334 + 33,333 + 33,333.
 *
 * @param value   the contract's value, net of tax, at its currency's scale
 * @param plan    one-off on signing or monthly
 * @param months  the number of monthly invoices (1 for a one-off plan)
 * @param taxCode the tax rate code every invoice line carries, for example {@code STANDARD}
 */
public record ContractBilling(Money value, BillingPlan plan, int months, String taxCode) {

    /** The longest monthly plan accepted: ten years. */
    public static final int MAX_MONTHS = 120;

    /** The net amount of each invoice, the first on signing and each later one a month after the one before. */
    public List<Money> instalments() {
        int count = plan == BillingPlan.MONTHLY ? months : 1;
        BigDecimal total = value.amount();
        BigDecimal each = total.divide(BigDecimal.valueOf(count), total.scale(), RoundingMode.DOWN);
        BigDecimal first = total.subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        List<Money> amounts = new ArrayList<>(count);
        amounts.add(new Money(first, value.currency()));
        for (int i = 1; i < count; i++) {
            amounts.add(new Money(each, value.currency()));
        }
        return List.copyOf(amounts);
    }
}
