package dev.urakata.query.console;

import dev.urakata.query.console.ConsoleViews.Option;
import dev.urakata.query.web.ReadQueries;
import dev.urakata.shared.finance.CustomerPage;
import dev.urakata.shared.finance.ListCustomersQuery;
import dev.urakata.shared.inventory.ListStockItemsQuery;
import dev.urakata.shared.inventory.ListWarehousesQuery;
import dev.urakata.shared.inventory.StockItemPage;
import dev.urakata.shared.inventory.WarehousePage;
import dev.urakata.shared.workforce.ListSchedulesQuery;
import dev.urakata.shared.workforce.SchedulePage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The choices of the forms' {@code <select>}s, so nobody types an id: each list is one query over the query bus
 * (one round trip per widget), of at most {@link #LIMIT} entries in the order the query answers.
 */
@Component
class FormChoices {

    /** The query handlers cap a page at 200; a longer list would not help anybody choose either. */
    static final int LIMIT = 200;

    private final ReadQueries queries;
    private final Clock clock = Clock.systemUTC();

    FormChoices(ReadQueries queries) {
        this.queries = queries;
    }

    /** Warehouses by code: "code name". */
    List<Option> warehouses() {
        return queries.answer(new ListWarehousesQuery(0, LIMIT), WarehousePage.class).items().stream()
                .map(w -> new Option(w.warehouseId().value(), w.code() + " " + w.name())).toList();
    }

    /** Stock items by SKU, with the unit and currency a receipt is counted and valued in. */
    List<Option> items() {
        return queries.answer(new ListStockItemsQuery(null, 0, LIMIT), StockItemPage.class).items()
                .stream().map(i -> new Option(i.itemId().value(), i.sku() + " " + i.name() + " (" + i.unitOfMeasure()
                        + ", " + i.currency() + ")")).toList();
    }

    /** Customers by name, with the currency they are invoiced in. */
    List<Option> customers() {
        return queries.answer(new ListCustomersQuery(0, LIMIT), CustomerPage.class).items().stream()
                .map(c -> new Option(c.customerId().value(), c.name() + " (" + c.currency() + ")")).toList();
    }

    /** Schedules whose period is not over (shifts are planned ahead), latest period first. */
    List<Option> schedules() {
        return queries.answer(new ListSchedulesQuery(LocalDate.now(clock).minusDays(1), 0, LIMIT),
                SchedulePage.class).items().stream().map(s -> new Option(s.scheduleId().value(), s.location()
                + ", " + s.team() + ": " + s.firstDay() + " to " + s.lastDay()
                + (s.published() ? " (published)" : " (draft)"))).toList();
    }

    /** The words shown for {@code value} among {@code options}, or the value itself. */
    static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
