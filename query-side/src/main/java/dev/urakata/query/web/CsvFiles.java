package dev.urakata.query.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How every CSV download is written (console tables, the audit export): RFC 4180 rows ending in CRLF, UTF-8, a
 * file name that says what was filtered. The {@code excel=true} variant starts with a UTF-8 byte-order mark — Excel
 * on a Japanese Windows reads a file without one as Shift_JIS and shows 田中 as 逕ｰ荳ｭ — and defuses text cells
 * a spreadsheet would run as a formula.
 */
public final class CsvFiles {

    /** The UTF-8 byte-order mark, as the first character of the text. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvFiles() {
    }

    /**
     * Appends one row. A field with a comma, quote or line break is quoted, with quotes doubled. For a spreadsheet,
     * a text field starting with {@code = + - @} is prefixed with an apostrophe so that it stays text; numbers are
     * written as numbers (pass them as {@code numeric}).
     *
     * @param numeric which fields hold numbers (never defused); {@code null}: none
     */
    public static void row(Appendable out, List<String> fields, boolean[] numeric, boolean forSpreadsheet) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String field = fields.get(i) == null ? "" : fields.get(i);
                boolean number = numeric != null && i < numeric.length && numeric[i];
                if (forSpreadsheet && !number && !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
                    field = "'" + field;
                }
                if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0) {
                    field = '"' + field.replace("\"", "\"\"") + '"';
                }
                out.append(field);
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file name that says what was filtered: {@code base}, then each filter given as {@code name=value} pairs
     * with a value ({@code audit-events_user-hr_from-2026-12-01.csv}); characters a file system or a header would
     * trip on become {@code -}.
     */
    public static String fileName(String base, String extension, String... filters) {
        List<String> parts = new ArrayList<>(List.of(base));
        for (int i = 0; i + 1 < filters.length; i += 2) {
            if (filters[i + 1] != null && !filters[i + 1].isBlank()) {
                parts.add(filters[i] + "-" + filters[i + 1].trim());
            }
        }
        String name = String.join("_", parts).replaceAll("[^A-Za-z0-9._-]", "-");
        return (name.length() > 180 ? name.substring(0, 180) : name) + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The answer's headers for a download named {@code fileName}. */
    public static ResponseEntity.BodyBuilder download(String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
