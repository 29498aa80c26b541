package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One customer account as it stood after one of its events: the fields {@link CustomerAccountDocument} (now) and
 * {@link CustomerAccountChangeDocument} (after each change) hold beside their own. Name, currency and terms are null
 * only for an account known from events before its registration.
 */
public record CustomerAccountState(
        @Meaning("the customer's name") String name,
        @Meaning("ISO 4217 code of the account") String currency,
        @Meaning("days from issue to due date") Integer paymentTermsDays,
        @Meaning("what the company holds for the customer (overpayments, credit notes)") Money credit,
        @Meaning("what is owed per open invoice id, in the account's currency (a settled invoice leaves it)")
        Map<String, BigDecimal> outstandingByInvoice) {

    /** An account before its first event. */
    static final CustomerAccountState NONE = new CustomerAccountState(null, null, null, null, Map.of());

    /** Registered: no credit held yet. */
    CustomerAccountState registered(String name, String currency, int paymentTermsDays) {
        return new CustomerAccountState(name, currency, paymentTermsDays, new Money(BigDecimal.ZERO, currency),
                outstandingByInvoice);
    }

    CustomerAccountState withCredit(Money credit) {
        return new CustomerAccountState(name, currency, paymentTermsDays, credit, outstandingByInvoice);
    }

    /**
     * With the invoice's outstanding amount set (a fresh map: states never share one). A settled invoice leaves the
     * map: it adds nothing to the balance or the open count, and every later change would copy it again (a
     * customer's document grew with invoices times changes, and a holiday peak's customers fell minutes behind).
     */
    CustomerAccountState withOutstanding(String invoiceId, Money amount) {
        Map<String, BigDecimal> byInvoice = new HashMap<>(outstandingByInvoice);
        if (amount.amount().signum() == 0) {
            byInvoice.remove(invoiceId);
        } else {
            byInvoice.put(invoiceId, amount.amount());
        }
        return new CustomerAccountState(name, currency, paymentTermsDays, credit, byInvoice);
    }
}
