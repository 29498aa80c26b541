package dev.urakata.query.console;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
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

    /** A table with a caption; every cell already formatted for reading. */
    record Table(String caption, List<String> headers, List<List<String>> rows) {
        Table {
            rows = List.copyOf(rows);
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
    }

    static String money(Money money) {
        return money == null ? "" : money.amount().toPlainString() + " " + money.currency();
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** RFC 4180: quote a cell that holds a comma, quote, or line break; defuse spreadsheet formulas. */
    static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            out.append(cell);
        }
        out.append("\r\n");
    }
}
