package dev.urakata.shared.finance;

import java.util.List;

/**
 * A page of one account's ledger.
 *
 * @param account the account code
 * @param name    the account's name
 * @param items   the lines on this page with running balances
 * @param page    page number from 0
 * @param size    requested page size
 * @param total   number of lines matching
 */
public record AccountLedgerPage(String account, String name, List<LedgerLine> items, int page, int size,
                                long total) {
    public AccountLedgerPage {
        items = List.copyOf(items);
    }
}
