package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Queries as an auditor types them: a misspelt filter, a name in another case, an impossible range. Each used to
 * answer something that reads like an answer (the whole unfiltered trail, "0 found", a 200), and now either finds
 * what was meant or says, in a 400 that names the parameter, what is wrong.
 */
class StrictQueriesEndToEndTest extends EmbeddedStackTest {

    @Test
    void aQueryParameterTheOperationDoesNotTakeIsA400NamingIt() {
        Api.Response misspelt = api().get("compliance", "/api/audit/events?eventType=EmployeeHiredEvent");
        assertProblem(misspelt, 400, "INVALID_INPUT");
        assertThat(misspelt.json().at("/errors/0/field").asText()).isEqualTo("eventType");
        assertThat(misspelt.json().path("detail").asText()).contains("'eventType'").contains("type");
        assertProblem(api().get("hr", "/api/hr/employees?employeeId=x&size=5"), 400, "INVALID_INPUT");

        // what the operations do take still works, paging included
        assertThat(api().get("compliance", "/api/audit/events?type=EmployeeHiredEvent&page=0&size=5").status())
                .isEqualTo(200);
        assertThat(api().get("hr", "/api/hr/employees?department=Operations&page=0&size=5").status())
                .isEqualTo(200);
        // a caller without the role learns nothing about the parameters: 403 first
        assertProblem(api().get("analyst", "/api/audit/events?eventType=x"), 403, "FORBIDDEN");
    }

    @Test
    void userAndEventTypeFiltersMatchWhateverTheCase() {
        String number = "SQ-" + UUID.randomUUID().toString().substring(0, 8);
        String employee = hire(number);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("compliance", "/api/audit/events?aggregateId=" + employee).json().path("total").asInt() > 0);
        JsonNode hired = api().get("compliance", "/api/audit/events?aggregateId=" + employee).json().at("/items/0");
        String type = hired.path("eventType").asText();
        String user = hired.path("user").asText();
        assertThat(user).isEqualTo("hr");

        long exact = total("/api/audit/events?aggregateId=" + employee + "&type=" + type + "&user=" + user);
        assertThat(exact).isPositive();
        assertThat(total("/api/audit/events?aggregateId=" + employee + "&type=" + type.toLowerCase(Locale.ROOT)
                + "&user=" + user.toUpperCase(Locale.ROOT))).isEqualTo(exact);
        // a name is matched whole, not as a part of a longer one
        assertThat(total("/api/audit/events?aggregateId=" + employee + "&user=h")).isZero();
    }

    @Test
    void aNegativeSequenceAndARangeThatEndsBeforeItStartsAre400s() {
        String employee = hire("SQ-" + UUID.randomUUID().toString().substring(0, 8));
        assertProblem(api().get("compliance", "/api/audit/aggregates/Employee/" + employee
                + "/timeline?asOfSequence=-1"), 400, "INVALID_INPUT");
        assertThat(api().get("compliance", "/api/audit/aggregates/Employee/" + employee
                + "/timeline?asOfSequence=0").status()).isEqualTo(200);
        assertProblem(api().get("compliance",
                "/api/audit/events?from=2026-12-05T00:00:00Z&to=2026-12-04T00:00:00Z"), 400, "INVALID_INPUT");
    }

    @Test
    void anAggregatesTimelineTakesAPlainDateLikeEveryOtherView() {
        String employee = hire("SQ-" + UUID.randomUUID().toString().substring(0, 8));
        String timeline = "/api/audit/aggregates/Employee/" + employee + "/timeline?asOf=";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("compliance", timeline + LocalDate.now(ZoneOffset.UTC).plusDays(1)).status() == 200);
        JsonNode tomorrow = api().get("compliance", timeline + LocalDate.now(ZoneOffset.UTC).plusDays(1)).json();
        assertThat(tomorrow.path("steps").size()).as(tomorrow.toString()).isPositive();
        // a date is the end of that day in UTC, as in the directory: the same answer as its last millisecond
        Api.Response dayBefore = api().get("compliance", timeline + "2000-01-01");
        Api.Response itsLastInstant = api().get("compliance", timeline + "2000-01-01T23:59:59.999Z");
        assertThat(dayBefore.status()).isEqualTo(itsLastInstant.status());
        assertThat(dayBefore.body()).isEqualTo(itsLastInstant.body());
        assertProblem(api().get("compliance", timeline + "yesterday"), 400, "INVALID_INPUT");
    }

    private long total(String path) {
        return api().get("compliance", path).json().path("total").asLong();
    }

    @Test
    void aRequiredQueryParameterLeftOutIsA400NamingIt() {
        Api.Response missing = api().get("analyst", "/api/inventory/stock/as-of");
        assertProblem(missing, 400, "INVALID_INPUT");
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("asOf");
        assertThat(missing.json().path("detail").asText()).contains("'asOf'").contains("required");
    }
}
