package dev.urakata.query.finance;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One journal entry as a posting rule makes it of one event, before it is posted: its business date, what it says,
 * and its lines (account code and signed amount: positive debit, negative credit). Balanced per currency.
 *
 * @param fixedPostingDate the posting date when it does not follow from the business date (the year-end close)
 * @param closing          whether it is the year-end close, which the profit and loss report leaves out
 */
record JournalEntry(LocalDate businessDate, LocalDate fixedPostingDate, boolean closing, String description,
                    List<Line> lines) {

    /** One line: an account of the chart and a signed amount. */
    @Schema(name = "JournalLine")
    record Line(String account, Money amount) {
    }

    JournalEntry {
        lines = List.copyOf(lines);
    }

    /** An entry posted on its business date (or the first open month after it). */
    static Builder on(LocalDate businessDate, String description) {
        return new Builder(businessDate, null, false, description);
    }

    /** The debits minus the credits of each currency that does not net to zero; empty for a balanced entry. */
    Map<String, BigDecimal> imbalance() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        lines.forEach(line -> sums.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        sums.values().removeIf(sum -> sum.signum() == 0);
        return sums;
    }

    /** Collects the lines of an entry. */
    static final class Builder {
        private final LocalDate businessDate;
        private final LocalDate fixedPostingDate;
        private final boolean closing;
        private final String description;
        private final List<Line> lines = new ArrayList<>();

        Builder(LocalDate businessDate, LocalDate fixedPostingDate, boolean closing, String description) {
            this.businessDate = businessDate;
            this.fixedPostingDate = fixedPostingDate;
            this.closing = closing;
            this.description = description;
        }

        Builder debit(String account, Money amount) {
            lines.add(new Line(account, amount));
            return this;
        }

        Builder credit(String account, Money amount) {
            lines.add(new Line(account, new Money(amount.amount().negate(), amount.currency())));
            return this;
        }

        JournalEntry entry() {
            return new JournalEntry(businessDate, fixedPostingDate, closing, description, lines);
        }
    }
}
