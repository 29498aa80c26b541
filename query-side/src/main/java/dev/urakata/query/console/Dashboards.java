package dev.urakata.query.console;

import dev.urakata.config.web.AsOf;
import dev.urakata.config.web.RequestDates;
import dev.urakata.query.console.ConsoleViews.Cell;
import dev.urakata.query.console.ConsoleViews.Chart;
import dev.urakata.query.console.ConsoleViews.Dashboard;
import dev.urakata.query.console.ConsoleViews.Field;
import dev.urakata.query.console.ConsoleViews.Series;
import dev.urakata.query.console.ConsoleViews.Table;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.AgingRow;
import dev.urakata.shared.finance.BudgetPage;
import dev.urakata.shared.finance.BudgetVsActual;
import dev.urakata.shared.finance.ListBudgetsQuery;
import dev.urakata.shared.finance.ReceivablesAging;
import dev.urakata.shared.finance.ReceivablesAgingQuery;
import dev.urakata.shared.inventory.ListStockItemsQuery;
import dev.urakata.shared.inventory.ListStockLevelsQuery;
import dev.urakata.shared.inventory.ListWarehousesQuery;
import dev.urakata.shared.inventory.StockItemPage;
import dev.urakata.shared.inventory.StockItemSummary;
import dev.urakata.shared.inventory.StockLevel;
import dev.urakata.shared.inventory.StockLevelPage;
import dev.urakata.shared.inventory.StockPosition;
import dev.urakata.shared.inventory.StockPositionPage;
import dev.urakata.shared.inventory.StockPositionsAsOfQuery;
import dev.urakata.shared.inventory.WarehousePage;
import dev.urakata.shared.inventory.WarehouseSummary;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.PayrollCost;
import dev.urakata.shared.payroll.PayrollCostPage;
import dev.urakata.shared.payroll.PayrollCostsQuery;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The analyst dashboards, each built from one existing query over the query bus (one round trip per widget): payroll
 * cost and headcount per department and month, stock value and low stock, budget against actual, receivables aging.
 * None of them shows personal data.
 */
@Component
class Dashboards {

    /** The most rows a dashboard reads; the query handlers cap a page at 200. */
    private static final int PAGE = 200;
    private static final int MAX_PAGES = 10;

    private final ReadQueries queries;
    private final Clock clock;

    Dashboards(ReadQueries queries) {
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    Dashboard payroll(String from, String to, String asOf) {
        YearMonth last = to == null || to.isBlank() ? YearMonth.now(clock) : month("to", to);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
        List<PayrollCost> costs = payrollCosts(first, last, asOf);
        List<String> months = months(first, last);
        Map<String, Map<String, BigDecimal>> byDepartment = new TreeMap<>();
        costs.forEach(c -> byDepartment.computeIfAbsent(c.department() + " (" + c.totalCost().currency() + ")",
                k -> new TreeMap<>()).merge(c.period().toString(), c.totalCost().amount(), BigDecimal::add));
        List<List<Cell>> rows = costs.stream().map(c -> List.of(Cell.text(c.period().toString()),
                Cell.text(c.department()), Cell.money(c.gross()), Cell.money(c.employerContributions()),
                Cell.money(c.totalCost()), Cell.number(BigDecimal.valueOf(c.headcount())))).toList();
        return new Dashboard("payroll", "Payroll cost by department and month",
                "Total cost from " + first + " to " + last + ": " + totals(costs, PayrollCost::totalCost)
                        + " (gross pay plus employer contributions of approved, paid or closed runs).",
                monthFilters(first, last, asOf),
                new Chart("bar", "Payroll cost per month, stacked by department", months, series(byDepartment, months),
                        true),
                List.of(new Table("Payroll cost per department and month", List.of("Month", "Department",
                        "Gross pay", "Employer contributions", "Total cost", "Headcount"), rows)),
                query("from", first.toString(), "to", last.toString(), "asOf", asOf));
    }

    Dashboard headcount(String from, String to, String asOf) {
        YearMonth last = to == null || to.isBlank() ? YearMonth.now(clock) : month("to", to);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
        List<PayrollCost> costs = payrollCosts(first, last, asOf);
        List<String> months = months(first, last);
        Map<String, Map<String, BigDecimal>> byDepartment = new TreeMap<>();
        costs.forEach(c -> byDepartment.computeIfAbsent(c.department(), k -> new TreeMap<>())
                .merge(c.period().toString(), BigDecimal.valueOf(c.headcount()), BigDecimal::add));
        TreeSet<String> departments = new TreeSet<>(byDepartment.keySet());
        List<String> headers = new ArrayList<>(List.of("Month"));
        headers.addAll(departments);
        headers.add("Total");
        List<List<Cell>> rows = new ArrayList<>();
        for (String m : months) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m)));
            BigDecimal total = BigDecimal.ZERO;
            for (String d : departments) {
                BigDecimal n = byDepartment.get(d).getOrDefault(m, BigDecimal.ZERO);
                total = total.add(n);
                row.add(Cell.number(n));
            }
            row.add(Cell.number(total));
            rows.add(row);
        }
        return new Dashboard("headcount", "Headcount by department and month",
                "Employees paid in each month's approved payroll, by department, " + first + " to " + last + ".",
                monthFilters(first, last, asOf),
                new Chart("line", "Headcount per month", months, series(byDepartment, months), false),
                List.of(new Table("Headcount per month and department", headers, rows)),
                query("from", first.toString(), "to", last.toString(), "asOf", asOf));
    }

    /** Stock now, with low stock; with {@code asOf}, what was on hand then, replayed from the stock ledger. */
    Dashboard stock(String asOf) {
        Instant at = asOf(asOf);
        Map<String, String> warehouses = new LinkedHashMap<>();
        pages(page -> queries.answer(new ListWarehousesQuery(page, PAGE), WarehousePage.class)
                .items()).forEach(w -> warehouses.put(w.warehouseId().value(), warehouseName(w)));
        return at == null ? stockNow(warehouses) : stockAsOf(asOf.trim(), at, warehouses);
    }

    private Dashboard stockNow(Map<String, String> warehouses) {
        List<StockLevel> levels = pages(page -> queries.answer(
                new ListStockLevelsQuery(null, null, false, page, PAGE), StockLevelPage.class).items());
        Map<String, Map<String, BigDecimal>> valueByItem = new TreeMap<>();
        levels.forEach(l -> valueByItem.computeIfAbsent("Value (" + l.value().currency() + ")", k -> new TreeMap<>())
                .merge(l.sku(), l.value().amount(), BigDecimal::add));
        List<String> skus = levels.stream().map(StockLevel::sku).distinct().sorted().toList();
        Function<StockLevel, List<Cell>> row = l -> List.of(Cell.text(l.sku()), Cell.text(l.name()),
                Cell.text(warehouses.getOrDefault(l.warehouseId().value(), l.warehouseId().value())),
                Cell.quantity(l.onHand(), l.unitOfMeasure()), Cell.number(l.reserved()),
                Cell.number(l.available()), Cell.money(l.value()), Cell.number(l.reorderLevel()),
                Cell.text(l.belowReorderLevel() ? "Below reorder level" : "OK"));
        List<String> headers = List.of("SKU", "Item", "Warehouse", "On hand", "Reserved", "Available", "Value",
                "Reorder level", "Status");
        List<StockLevel> low = levels.stream().filter(StockLevel::belowReorderLevel).toList();
        return new Dashboard("stock", "Stock value and low stock",
                "Stock value at moving-average cost: " + totals(levels, StockLevel::value) + " in "
                        + levels.size() + " position(s); " + low.size() + " below their reorder level.",
                List.of(asOfField(null)),
                new Chart("bar", "Stock value per item", skus, series(valueByItem, skus), true),
                List.of(new Table("Stock per item and warehouse", headers, levels.stream().map(row).toList()),
                        new Table("Low stock: below the reorder level", headers, low.stream().map(row).toList())),
                "");
    }

    /**
     * The positions the stock ledger had at the instant. Low stock is not answered for a past day: reorder levels
     * and reservations are kept only as they are now, and today's list under a past date would mislead.
     */
    private Dashboard stockAsOf(String asOf, Instant at, Map<String, String> warehouses) {
        List<StockPosition> positions = pages(page -> queries.answer(
                new StockPositionsAsOfQuery(at, null, null, page, PAGE), StockPositionPage.class).items());
        Map<String, StockItemSummary> items = new LinkedHashMap<>();
        pages(page -> queries.answer(new ListStockItemsQuery(null, page, PAGE), StockItemPage.class)
                .items()).forEach(i -> items.put(i.itemId().value(), i));
        Function<StockPosition, String> sku = p -> items.containsKey(p.itemId().value())
                ? items.get(p.itemId().value()).sku() : p.itemId().value();
        Map<String, Map<String, BigDecimal>> valueByItem = new TreeMap<>();
        positions.forEach(p -> valueByItem.computeIfAbsent("Value (" + p.value().currency() + ")",
                k -> new TreeMap<>()).merge(sku.apply(p), p.value().amount(), BigDecimal::add));
        List<String> skus = positions.stream().map(sku).distinct().sorted().toList();
        List<List<Cell>> rows = positions.stream().sorted(java.util.Comparator.comparing(sku)).map(p -> {
            StockItemSummary item = items.get(p.itemId().value());
            return List.of(Cell.text(sku.apply(p)), Cell.text(item == null ? "" : item.name()),
                    Cell.text(warehouses.getOrDefault(p.warehouseId().value(), p.warehouseId().value())),
                    Cell.quantity(p.onHand(), item == null ? null : item.unitOfMeasure()),
                    Cell.money(p.value()), Cell.text(p.lastMovementAt().toString()));
        }).toList();
        return new Dashboard("stock", "Stock value and low stock",
                "Stock value as known on " + asOf + ": " + totals(positions, StockPosition::value) + " in "
                        + positions.size() + " position(s), replayed from the stock ledger.",
                List.of(asOfField(asOf)),
                new Chart("bar", "Stock value per item as known on " + asOf, skus, series(valueByItem, skus), true),
                List.of(new Table("Stock per item and warehouse as known on " + asOf, List.of("SKU", "Item",
                        "Warehouse", "On hand", "Value", "Last movement"), rows)),
                query("asOf", asOf),
                "Low stock cannot be shown as known on a past day: reorder levels and reservations are kept only as "
                        + "they are now. Clear the date to see today's low stock.");
    }

    Dashboard budgets(String month, String asOf) {
        YearMonth period = month == null || month.isBlank() ? YearMonth.now(clock) : month("month", month);
        Instant at = asOf(asOf);
        List<BudgetVsActual> budgets = pages(page -> queries.answer(
                new ListBudgetsQuery(period, null, at, page, PAGE), BudgetPage.class).items());
        List<String> departments = budgets.stream().map(b -> b.department() + " (" + b.budget().currency() + ")")
                .toList();
        List<Series> series = List.of(
                new Series("Budget", budgets.stream().map(b -> b.budget().amount()).toList()),
                new Series("Actual", budgets.stream().map(b -> b.actual().amount()).toList()));
        List<List<Cell>> rows = budgets.stream().map(b -> List.of(Cell.text(b.department()),
                Cell.text(b.period().toString()), Cell.money(b.budget()), Cell.money(b.actual()),
                Cell.money(b.remaining()), Cell.percent(b.percentUsed()),
                Cell.text(b.thresholdsCrossed().isEmpty() ? "" : b.thresholdsCrossed().toString()))).toList();
        return new Dashboard("budgets", "Budget against actual",
                budgets.size() + " department budgets for " + period + ".",
                List.of(new Field("month", "Month", "month", period.toString(), "YYYY-MM"), asOfField(asOf)),
                new Chart("bar", "Budget and actual per department, " + period, departments, series, false),
                List.of(new Table("Budget against actual, " + period, List.of("Department", "Month", "Budget",
                        "Actual", "Remaining", "Used", "Thresholds crossed"), rows)),
                query("month", period.toString(), "asOf", asOf));
    }

    Dashboard aging(String atDate, String asOf) {
        LocalDate at = atDate == null || atDate.isBlank() ? LocalDate.now(clock) : date("at", atDate);
        ReceivablesAging aging = queries.answer(new ReceivablesAgingQuery(at, asOf(asOf)),
                ReceivablesAging.class);
        List<String> buckets = List.of("Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days");
        List<Series> series = aging.totals().stream().map(t -> new Series(t.currency(), List.of(t.current().amount(),
                t.days1To30().amount(), t.days31To60().amount(), t.days61To90().amount(), t.over90().amount())))
                .toList();
        List<String> headers = List.of("Customer", "Currency", "Current", "1-30 days", "31-60 days", "61-90 days",
                "Over 90 days", "Total");
        Function<AgingRow, List<Cell>> row = r -> List.of(Cell.text(r.customerId() == null ? "All customers"
                        : r.customerId().value()), Cell.text(r.currency()), Cell.money(r.current()),
                Cell.money(r.days1To30()), Cell.money(r.days31To60()), Cell.money(r.days61To90()),
                Cell.money(r.over90()), Cell.money(r.total()));
        return new Dashboard("aging", "Receivables aging",
                "Open invoices by days past due at " + at + ": " + totals(aging.totals(), AgingRow::total) + ".",
                List.of(new Field("at", "At", "date", at.toString(), "YYYY-MM-DD"), asOfField(asOf)),
                new Chart("bar", "Receivables by age, " + at, buckets, series, true),
                List.of(new Table("Receivables per customer", headers, aging.rows().stream().map(row).toList()),
                        new Table("Totals per currency", headers, aging.totals().stream().map(row).toList())),
                query("at", at.toString(), "asOf", asOf));
    }

    private List<PayrollCost> payrollCosts(YearMonth first, YearMonth last, String asOf) {
        if (first.isAfter(last)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from must not be after to");
        }
        if (first.plusYears(5).isBefore(last)) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "from and to may be at most five years apart");
        }
        Instant at = asOf(asOf);
        return pages(page -> queries.answer(new PayrollCostsQuery(first, last, at, page, PAGE),
                PayrollCostPage.class).items());
    }

    private static <T> List<T> pages(Function<Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < MAX_PAGES; i++) {
            List<T> items = page.apply(i);
            all.addAll(items);
            if (items.size() < PAGE) {
                break;
            }
        }
        return all;
    }

    private static List<String> months(YearMonth first, YearMonth last) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    private static List<Series> series(Map<String, Map<String, BigDecimal>> byKey, List<String> labels) {
        return byKey.entrySet().stream().map(e -> new Series(e.getKey(),
                labels.stream().map(l -> e.getValue().getOrDefault(l, BigDecimal.ZERO)).toList())).toList();
    }

    /** Totals per currency, e.g. "1200.00 EUR, 350000 JPY"; money of different currencies is never added. */
    private static <T> String totals(List<T> items, Function<T, Money> amount) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        items.forEach(i -> sums.merge(amount.apply(i).currency(), amount.apply(i).amount(), BigDecimal::add));
        if (sums.isEmpty()) {
            return "none recorded";
        }
        return String.join(", ", sums.entrySet().stream()
                .map(e -> e.getValue().toPlainString() + " " + e.getKey()).toList());
    }

    private static List<Field> monthFilters(YearMonth first, YearMonth last, String asOf) {
        return List.of(new Field("from", "From month", "month", first.toString(), "YYYY-MM"),
                new Field("to", "To month", "month", last.toString(), "YYYY-MM"), asOfField(asOf));
    }

    private static Field asOfField(String asOf) {
        return new Field("asOf", "As known on", "date", asOf == null ? "" : asOf,
                "optional: the figures as the system knew them at the end of that day");
    }

    private static String warehouseName(WarehouseSummary w) {
        return w.code() + " " + w.name();
    }

    private static String query(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                out.append(out.isEmpty() ? "?" : "&").append(pairs[i]).append('=')
                        .append(java.net.URLEncoder.encode(pairs[i + 1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    static Instant asOf(String value) {
        return value == null || value.isBlank() ? null : AsOf.parse(value.trim());
    }

    private static YearMonth month(String name, String value) {
        try {
            return RequestDates.requireInRange(name, YearMonth.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, name + " must be a month such as 2026-04");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return RequestDates.requireInRange(name, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, name + " must be a date such as 2026-04-30");
        }
    }
}
