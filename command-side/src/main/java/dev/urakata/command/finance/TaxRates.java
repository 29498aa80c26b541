package dev.urakata.command.finance;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.finance.FinanceErrors;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Consumption tax / VAT rates by code with the dates they take effect, read from {@code finance/tax-rates.csv}:
 * rates are data, so a rate change is a new row, and an invoice dated before it keeps the old rate.
 */
@Component
public class TaxRates {

    /** One row of the table. */
    record Rate(String code, LocalDate effectiveFrom, BigDecimal rate) {
    }

    private final List<Rate> rates;

    public TaxRates() {
        this(load("/finance/tax-rates.csv"));
    }

    TaxRates(List<Rate> rates) {
        this.rates = rates.stream().sorted(Comparator.comparing(Rate::effectiveFrom)).toList();
    }

    /** The rate for {@code code} in force on {@code date}; UNKNOWN_TAX_CODE when there is none. */
    public BigDecimal rate(String code, LocalDate date) {
        BigDecimal found = null;
        for (Rate rate : rates) {
            if (rate.code().equals(code) && !rate.effectiveFrom().isAfter(date)) {
                found = rate.rate();
            }
        }
        if (found == null) {
            throw new DomainException(FinanceErrors.UNKNOWN_TAX_CODE,
                    "No tax rate '" + code + "' is in force on " + date);
        }
        return found;
    }

    /** Whether the code exists at all (checked when drafting, before any date is known). */
    public boolean knows(String code) {
        return rates.stream().anyMatch(rate -> rate.code().equals(code));
    }

    private static List<Rate> load(String resource) {
        try (InputStream in = TaxRates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Rate> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                rows.add(new Rate(cells[0].trim(), LocalDate.parse(cells[1].trim()), new BigDecimal(cells[2].trim())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
