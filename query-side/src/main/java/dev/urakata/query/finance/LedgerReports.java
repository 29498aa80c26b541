package dev.urakata.query.finance;

import dev.urakata.query.finance.ChartOfAccounts.Account;
import dev.urakata.query.finance.ChartOfAccounts.Type;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.AccountLedgerPage;
import dev.urakata.shared.finance.AccountLedgerQuery;
import dev.urakata.shared.finance.BalanceSheet;
import dev.urakata.shared.finance.BalanceSheetQuery;
import dev.urakata.shared.finance.CurrencyTotals;
import dev.urakata.shared.finance.LedgerLine;
import dev.urakata.shared.finance.ProfitAndLoss;
import dev.urakata.shared.finance.ProfitAndLossQuery;
import dev.urakata.shared.finance.StatementLine;
import dev.urakata.shared.finance.TrialBalance;
import dev.urakata.shared.finance.TrialBalanceQuery;
import dev.urakata.shared.finance.TrialBalanceRow;
import dev.urakata.shared.money.Money;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The reports of the general ledger, read from its posted lines ({@link JournalLines}): the trial balance, an
 * account's ledger with its running balance, profit and loss over a period, and the balance sheet at a day, each as
 * the ledger stood at an optional {@code asOf} instant.
 */
@Component
public class LedgerReports {

    private final JournalLines lines;
    private final ChartOfAccounts chart;

    public LedgerReports(MongoTemplate mongo, ChartOfAccounts chart) {
        this.lines = new JournalLines(mongo);
        this.chart = chart;
    }

    @QueryHandler
    TrialBalance handle(TrialBalanceQuery query) {
        Map<String, BigDecimal[]> sums = new TreeMap<>(); // account@currency -> debits, credits
        lines.forEach(null, null, query.to(), query.asOf(), null, line -> {
            BigDecimal amount = line.amount().amount();
            BigDecimal[] pair = sums.computeIfAbsent(JournalLines.key(line),
                    key -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            if (amount.signum() >= 0) {
                pair[0] = pair[0].add(amount);
            } else {
                pair[1] = pair[1].add(amount.negate());
            }
        });
        List<TrialBalanceRow> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        sums.forEach((key, pair) -> {
            String code = key.substring(0, key.indexOf('@'));
            String currency = key.substring(key.indexOf('@') + 1);
            Account account = chart.require(code);
            rows.add(new TrialBalanceRow(code, account.name(), account.type().name(), Money.of(pair[0].toPlainString(),
                    currency), Money.of(pair[1].toPlainString(), currency),
                    Money.of(pair[0].subtract(pair[1]).toPlainString(), currency)));
            BigDecimal[] total = totals.computeIfAbsent(currency, c -> new BigDecimal[]{BigDecimal.ZERO,
                    BigDecimal.ZERO});
            total[0] = total[0].add(pair[0]);
            total[1] = total[1].add(pair[1]);
        });
        List<CurrencyTotals> currencyTotals = new ArrayList<>();
        boolean balanced = true;
        for (Map.Entry<String, BigDecimal[]> total : totals.entrySet()) {
            currencyTotals.add(new CurrencyTotals(total.getKey(), Money.of(total.getValue()[0].toPlainString(),
                    total.getKey()), Money.of(total.getValue()[1].toPlainString(), total.getKey())));
            balanced &= total.getValue()[0].compareTo(total.getValue()[1]) == 0;
        }
        return new TrialBalance(query.to(), query.asOf(), rows, currencyTotals, balanced);
    }

    @QueryHandler
    AccountLedgerPage handle(AccountLedgerQuery query) {
        Account account = chart.find(query.account());
        if (account == null) {
            throw new DomainException(CommonErrors.NOT_FOUND, "No account " + query.account() + " in the chart");
        }
        Map<String, BigDecimal> running = new LinkedHashMap<>();
        List<LedgerLine> entries = new ArrayList<>();
        lines.forEach(query.account(), null, query.to(), query.asOf(), query.currency(), line -> {
            String currency = line.amount().currency();
            BigDecimal amount = line.amount().amount();
            BigDecimal balance = running.merge(currency, amount, BigDecimal::add);
            if (query.from() != null && line.postingDate().isBefore(query.from())) {
                return; // part of the opening balance only
            }
            Money zero = Money.of("0", currency);
            Money debit = amount.signum() > 0 ? Money.of(amount.toPlainString(), currency) : zero;
            Money credit = amount.signum() < 0 ? Money.of(amount.negate().toPlainString(), currency) : zero;
            entries.add(new LedgerLine(line.entryId(), line.line(), line.postingDate(), line.businessDate(),
                    line.description(), debit, credit, Money.of(balance.toPlainString(), currency), line.eventType(),
                    line.aggregateType(), line.aggregateId(), line.sequence(), line.recordedAt()));
        });
        int from = (int) Math.min((long) query.page() * query.size(), entries.size());
        int to = Math.min(from + query.size(), entries.size());
        return new AccountLedgerPage(account.code(), account.name(), entries.subList(from, to), query.page(),
                query.size(), entries.size());
    }

    @QueryHandler
    ProfitAndLoss handle(ProfitAndLossQuery query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from and to are required, from not after to");
        }
        Map<String, BigDecimal> balances = new TreeMap<>();
        lines.forEach(null, query.from(), query.to(), query.asOf(), null, line -> {
            if (!line.closing()) { // the year-end close is not part of the result
                balances.merge(JournalLines.key(line), line.amount().amount(), BigDecimal::add);
            }
        });
        List<StatementLine> revenue = statement(balances, type -> type == Type.REVENUE);
        List<StatementLine> expenses = statement(balances, type -> type == Type.EXPENSE);
        Map<String, BigDecimal> net = new TreeMap<>();
        revenue.forEach(line -> net.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        expenses.forEach(line -> net.merge(line.amount().currency(), line.amount().amount().negate(),
                BigDecimal::add));
        return new ProfitAndLoss(query.from(), query.to(), query.asOf(), revenue, expenses, moneys(net));
    }

    @QueryHandler
    BalanceSheet handle(BalanceSheetQuery query) {
        if (query.at() == null) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "at is required");
        }
        Map<String, BigDecimal> balances = lines.balances(null, query.at(), query.asOf());
        List<StatementLine> assets = statement(balances, type -> type == Type.ASSET);
        List<StatementLine> liabilities = statement(balances, type -> type == Type.LIABILITY);
        List<StatementLine> equity = new ArrayList<>(statement(balances, type -> type == Type.EQUITY));
        Map<String, BigDecimal> earnings = new TreeMap<>();
        statement(balances, type -> type == Type.REVENUE).forEach(line ->
                earnings.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        statement(balances, type -> type == Type.EXPENSE).forEach(line ->
                earnings.merge(line.amount().currency(), line.amount().amount().negate(), BigDecimal::add));
        earnings.forEach((currency, amount) -> equity.add(new StatementLine("earnings", "Earnings to date",
                Money.of(amount.toPlainString(), currency))));
        // Every currency with postings gets both totals, even where one side nets to nothing.
        Map<String, BigDecimal> totalAssets = new TreeMap<>();
        Map<String, BigDecimal> totalClaims = new TreeMap<>();
        balances.keySet().forEach(key -> {
            totalAssets.put(key.substring(key.indexOf('@') + 1), BigDecimal.ZERO);
            totalClaims.put(key.substring(key.indexOf('@') + 1), BigDecimal.ZERO);
        });
        assets.forEach(line -> totalAssets.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        liabilities.forEach(line -> totalClaims.merge(line.amount().currency(), line.amount().amount(),
                BigDecimal::add));
        equity.forEach(line -> totalClaims.merge(line.amount().currency(), line.amount().amount(), BigDecimal::add));
        return new BalanceSheet(query.at(), query.asOf(), assets, liabilities, equity, moneys(totalAssets),
                moneys(totalClaims));
    }

    /** The accounts of the given types, signed as their statement reads them (credit-normal ones negated). */
    private List<StatementLine> statement(Map<String, BigDecimal> balances, Predicate<Type> types) {
        List<StatementLine> statement = new ArrayList<>();
        balances.forEach((key, balance) -> {
            Account account = chart.require(key.substring(0, key.indexOf('@')));
            if (types.test(account.type())) {
                BigDecimal amount = account.type().debitNormal() ? balance : balance.negate();
                statement.add(new StatementLine(account.code(), account.name(),
                        Money.of(amount.toPlainString(), key.substring(key.indexOf('@') + 1))));
            }
        });
        return statement;
    }

    private static List<Money> moneys(Map<String, BigDecimal> byCurrency) {
        List<Money> list = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> list.add(Money.of(amount.toPlainString(), currency)));
        return list;
    }
}
