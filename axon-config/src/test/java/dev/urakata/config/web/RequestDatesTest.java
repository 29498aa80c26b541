package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dates in request bodies: java.time reads years up to a billion, and such a value used to travel into an event
 * and overflow wherever it became milliseconds. The strict mapper refuses it, naming the field.
 */
class RequestDatesTest {

    record Line(LocalDate day) {
    }

    record Body(LocalDate day, Instant at, YearMonth period, LocalDateTime start, OffsetDateTime sent,
                List<Line> lines) {
    }

    private final ObjectMapper strict = StrictRequestBodies.strict(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void datesInTheYears1900To9999AreRead() throws Exception {
        Body body = strict.readValue("""
                {"day":"1900-01-01","at":"9999-12-31T23:59:59Z","period":"2026-04","start":"2026-04-01T09:00",
                 "sent":"2026-04-01T09:00+09:00","lines":[{"day":"9999-12-31"}]}""", Body.class);
        assertThat(body.day()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(body.lines().get(0).day()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "day     | {\"day\":\"+999999999-12-31\"}",
            "day     | {\"day\":\"1899-12-31\"}",
            "at      | {\"at\":\"+999999999-12-31T23:59:59Z\"}",
            "at      | {\"at\":\"-1000000000-01-01T00:00:00Z\"}",
            "period  | {\"period\":\"+999999999-12\"}",
            "start   | {\"start\":\"+10000-01-01T00:00\"}",
            "sent    | {\"sent\":\"1899-12-31T23:59:59Z\"}",
            "lines[0].day | {\"lines\":[{\"day\":\"-999999999-01-01\"}]}"})
    void aDateOutsideTheRangeIsRefusedNamingTheField(String field, String json) {
        assertThatThrownBy(() -> strict.readValue(json, Body.class))
                .isInstanceOfAny(RequestDates.OutOfRangeException.class,
                        com.fasterxml.jackson.databind.exc.InvalidFormatException.class)
                .satisfies(e -> assertThat(path((com.fasterxml.jackson.databind.JsonMappingException) e))
                        .isEqualTo(field));
    }

    @Test
    void theApplicationsOwnMapperStaysLenientForStoredEvents() throws Exception {
        ObjectMapper application = new ObjectMapper().registerModule(new JavaTimeModule());
        StrictRequestBodies.strict(application);
        assertThat(application.readValue("{\"day\":\"+99999-12-31\"}", Body.class).day().getYear()).isEqualTo(99999);
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? (path.isEmpty() ? "" : ".") + ref.getFieldName()
                    : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }
}
