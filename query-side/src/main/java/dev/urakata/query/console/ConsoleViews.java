package dev.urakata.query.console;

import dev.urakata.query.web.CsvFiles;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console's templates render: a dashboard is a chart and the tables behind it, each table downloadable as
 * CSV, so a chart never shows a figure its table does not.
 */
final class ConsoleViews {

    private ConsoleViews() {
    }

    /** A filter field of a page's form; {@code type} is the HTML input type. */
    record Field(String name, String label, String type, String value, String hint) {
    }

    /** One choice of a form's {@code <select>}: the value sent and the words shown. */
    record Option(String value, String label) {
    }

    /** A table with a caption. */
    record Table(String caption, List<String> headers, List<List<Cell>> rows) {
        Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One cell: its text as the page shows it, and, for a number, the number and its unit (a currency for money, a
     * unit of measure for a quantity), which a CSV writes in cells of their own so that a spreadsheet can sum them.
     */
    record Cell(String text, BigDecimal number, String unit, boolean money) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, null, false);
        }

        static Cell money(Money money) {
            return money == null ? text("") : new Cell(ConsoleViews.money(money), money.amount(), money.currency(),
                    true);
        }

        static Cell number(BigDecimal number) {
            return number == null ? text("") : new Cell(ConsoleViews.number(number), number, null, false);
        }

        static Cell quantity(BigDecimal quantity, String unit) {
            return quantity == null ? text("") : new Cell(ConsoleViews.number(quantity) + (unit == null ? ""
                    : " " + unit), quantity, unit, false);
        }

        static Cell percent(BigDecimal percent) {
            return percent == null ? text("") : new Cell(ConsoleViews.number(percent) + " %", percent, null, false);
        }

        /** The cells of a row of texts. */
        static List<Cell> texts(String... texts) {
            return java.util.Arrays.stream(texts).map(Cell::text).toList();
        }
    }

    /** One series of a chart. */
    record Series(String label, List<BigDecimal> values) {
    }

    /** A Chart.js chart: {@code bar} or {@code line}, stacked or side by side. */
    record Chart(String type, String title, List<String> labels, List<Series> series, boolean stacked) {
    }

    /**
     * A dashboard page: its filters, a chart, a summary line and its tables (the first one is the CSV); a notice,
     * when there is one, says what the page cannot show for the filters chosen.
     */
    record Dashboard(String name, String title, String summary, List<Field> filters, Chart chart,
                     List<Table> tables, String csvQuery, String notice) {

        Dashboard(String name, String title, String summary, List<Field> filters, Chart chart, List<Table> tables,
                  String csvQuery) {
            this(name, title, summary, filters, chart, tables, csvQuery, null);
        }

        /** The CSV's file name: the dashboard's, then each filter of its query ({@code payroll_from-2026-01_…}). */
        String csvFileName() {
            List<String> filters = new ArrayList<>();
            String query = csvQuery == null ? "" : csvQuery.replaceFirst("^\\?", "");
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    filters.add(pair.substring(0, equals));
                    filters.add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return CsvFiles.fileName(name, "csv", filters.toArray(String[]::new));
        }
    }

    static String money(Money money) {
        return money == null ? "" : money.amount().toPlainString() + " " + money.currency();
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * The table as CSV ({@link CsvFiles}): a column of money or quantities becomes two, the plain number (a numeric
     * cell) and its currency or unit; text cells as shown, formulas defused (a console download is for
     * spreadsheets). {@code excel}: with a byte-order mark.
     */
    static String csv(Table table, boolean excel) {
        int columns = table.headers().size();
        boolean[] money = new boolean[columns];
        boolean[] unit = new boolean[columns];
        for (List<Cell> row : table.rows()) {
            for (int i = 0; i < Math.min(columns, row.size()); i++) {
                money[i] |= row.get(i).money();
                unit[i] |= row.get(i).unit() != null && !row.get(i).money();
            }
        }
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            headers.add(table.headers().get(i));
            if (money[i] || unit[i]) {
                headers.add(table.headers().get(i) + (money[i] ? " currency" : " unit"));
            }
        }
        StringBuilder out = new StringBuilder(excel ? CsvFiles.BYTE_ORDER_MARK : "");
        CsvFiles.row(out, headers, null, true);
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>();
            boolean[] numbers = new boolean[headers.size()];
            for (int i = 0; i < columns; i++) {
                Cell cell = i < row.size() ? row.get(i) : Cell.text("");
                numbers[fields.size()] = cell.number() != null;
                fields.add(cell.number() != null ? cell.number().toPlainString() : cell.text());
                if (money[i] || unit[i]) {
                    fields.add(cell.unit() == null ? "" : cell.unit());
                }
            }
            CsvFiles.row(out, fields, numbers, true);
        }
        return out.toString();
    }
}
