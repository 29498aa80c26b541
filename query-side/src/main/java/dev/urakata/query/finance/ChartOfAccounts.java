package dev.urakata.query.finance;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chart of accounts, read from {@code finance/chart-of-accounts.csv}: accounts are data, and the posting rules
 * refer to them by the codes declared here.
 */
@Component
public class ChartOfAccounts {

    /** What kind of account it is, which decides its normal side and the statement it appears in. */
    public enum Type {
        ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

        /** Debit-normal: a positive balance (debits minus credits) is the usual state. */
        boolean debitNormal() {
            return this == ASSET || this == EXPENSE;
        }
    }

    /** One account. */
    public record Account(String code, Type type, String name) {
    }

    static final String CASH = "1000";
    static final String RECEIVABLES = "1100";
    static final String INVENTORY = "1200";
    static final String GOODS_IN_TRANSIT = "1210";
    static final String INPUT_TAX = "1300";
    static final String TRADE_PAYABLES = "2000";
    static final String GR_IR_CLEARING = "2100";
    static final String CUSTOMER_CREDIT = "2200";
    static final String OUTPUT_TAX = "2300";
    static final String SALARIES_PAYABLE = "2400";
    static final String WITHHOLDINGS_PAYABLE = "2410";
    static final String EMPLOYER_CONTRIBUTIONS_PAYABLE = "2420";
    static final String EXPENSE_CLAIMS_PAYABLE = "2500";
    static final String RETAINED_EARNINGS = "3900";
    static final String REVENUE = "4000";
    static final String COST_OF_GOODS_SOLD = "5000";
    static final String COUNT_DIFFERENCES = "5200";
    static final String SALARY_EXPENSE = "6000";
    static final String EMPLOYER_CONTRIBUTIONS_EXPENSE = "6100";
    static final String OTHER_EXPENSES = "6900";

    private final Map<String, Account> accounts;

    public ChartOfAccounts() {
        this.accounts = load("/finance/chart-of-accounts.csv");
        for (String code : new String[]{CASH, RECEIVABLES, INVENTORY, GOODS_IN_TRANSIT, GR_IR_CLEARING,
                CUSTOMER_CREDIT, OUTPUT_TAX, SALARIES_PAYABLE, WITHHOLDINGS_PAYABLE, EMPLOYER_CONTRIBUTIONS_PAYABLE,
                RETAINED_EARNINGS, REVENUE, COST_OF_GOODS_SOLD, COUNT_DIFFERENCES, SALARY_EXPENSE,
                EMPLOYER_CONTRIBUTIONS_EXPENSE, EXPENSE_CLAIMS_PAYABLE, OTHER_EXPENSES, INPUT_TAX, TRADE_PAYABLES}) {
            if (!accounts.containsKey(code)) {
                throw new IllegalStateException("the chart of accounts lacks account " + code + " the rules post to");
            }
        }
    }

    /** The account with this code, or {@code null}. */
    public Account find(String code) {
        return accounts.get(code);
    }

    /** The account with this code; one that is not in the chart is a bug in a posting rule, not bad input. */
    Account require(String code) {
        Account account = find(code);
        if (account == null) {
            throw new IllegalStateException("no account " + code + " in the chart of accounts");
        }
        return account;
    }

    /** Every account in code order. */
    public Collection<Account> all() {
        return accounts.values();
    }

    private static Map<String, Account> load(String resource) {
        try (InputStream in = ChartOfAccounts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Map<String, Account> rows = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                rows.put(cells[0].trim(), new Account(cells[0].trim(), Type.valueOf(cells[1].trim()), cells[2].trim()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
