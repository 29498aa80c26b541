package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two questions an auditor asks of every view: what was in force on a day (effectiveOn, by the business's own
 * dates) and what we knew at an instant (asOf, by when it was recorded) — and the two together. Everything here is
 * recorded today about earlier days, which is exactly when the two differ.
 */
class BitemporalEndToEndTest extends EmbeddedStackTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aHireRecordedLateIsInForceFromItsHireDateButWasNotKnownBeforeItWasRecorded() {
        String id = employee("BITEMP-1"); // hired effective 2026-04-01, recorded today
        String person = "/api/hr/employees/" + id;
        LocalDate moveOn = TODAY.plusDays(10);
        assertThat(api().post("hr", person + "/position-changes", """
                {"department":"Logistics","position":"Lead","effectiveDate":"%s","reason":"peak season"}"""
                .formatted(moveOn)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("hr", person).json().path("positionHistory").size() == 2);

        // In force on 20 November 2026, as known now: employed, in the department of the hire.
        JsonNode november = api().get("hr", person + "?effectiveOn=2026-11-20").json();
        assertThat(november.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(november.path("department").asText()).isNotEqualTo("Logistics");
        // Known on 20 November: nobody, about any day; nor before the hire date, as known now.
        assertProblem(api().get("hr", person + "?asOf=2026-11-20"), 404, "NOT_FOUND");
        assertProblem(api().get("hr", person + "?asOf=2026-11-20&effectiveOn=2026-11-20"), 404, "NOT_FOUND");
        assertProblem(api().get("hr", person + "?effectiveOn=2026-03-31"), 404, "NOT_FOUND");
        // The move is in force from its effective date only; instants are read as their day.
        assertThat(api().get("hr", person + "?effectiveOn=" + moveOn).json().path("department").asText())
                .isEqualTo("Logistics");
        assertThat(api().get("hr", person + "?effectiveOn=" + moveOn.minusDays(1) + "T23:00:00Z").json()
                .path("department").asText()).isNotEqualTo("Logistics");
        assertThat(api().get("hr", person + "?effectiveOn=" + moveOn).json().path("positionHistory").get(1)
                .path("reason").asText()).isEqualTo("peak season");
        // The directory answers the same of everyone: who was employed where, on a day.
        assertThat(api().get("hr", "/api/hr/employees?department=Logistics&effectiveOn=" + moveOn + "&size=200")
                .json().path("items").findValuesAsText("employeeId")).contains(id);
        assertThat(api().get("hr", "/api/hr/employees?department=Logistics&effectiveOn=" + TODAY + "&size=200")
                .json().path("items").findValuesAsText("employeeId")).doesNotContain(id);
        assertThat(api().get("hr", "/api/hr/employees?effectiveOn=2026-03-31&size=200").json().path("items")
                .findValuesAsText("employeeId")).doesNotContain(id);

        Api.Response bad = api().get("hr", person + "?effectiveOn=20-11-2026");
        assertProblem(bad, 400, "INVALID_INPUT");
        assertThat(bad.json().path("detail").asText()).contains("effectiveOn");
    }

    @Test
    void anInvoiceOnADayOwesWhatWasUnpaidThatDayAndIsOverdueOnlyAfterItsDueDate() {
        Api.Response created = api().post("finance", "/api/finance/customers",
                "{\"name\":\"Bitemporal KK\",\"currency\":\"EUR\",\"paymentTermsDays\":30}");
        String customer = created.json().get("customerId").asText();
        String invoice = api().post("finance", "/api/finance/customers/" + customer + "/invoices",
                FinanceEndToEndTest.LINES).json().get("invoiceId").asText();
        String invoicePath = "/api/finance/customers/" + customer + "/invoices/" + invoice;
        assertThat(api().post("finance", invoicePath + "/issue",
                "{\"issueDate\":\"2026-04-10\",\"dueDate\":\"2026-05-10\"}").status()).isEqualTo(200);
        assertThat(api().post("finance", "/api/finance/customers/" + customer + "/payments", """
                {"amount":{"amount":"50.00","currency":"EUR"},"receivedOn":"2026-05-20",
                 "allocations":[{"invoiceId":"%s","amount":{"amount":"50.00","currency":"EUR"}}]}"""
                .formatted(invoice)).status()).isEqualTo(201);
        String view = "/api/finance/invoices/" + invoice;
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "PARTIALLY_PAID".equals(api().get("finance", view).json().path("status").asText()));

        assertProblem(api().get("finance", view + "?effectiveOn=2026-04-09"), 404, "NOT_FOUND");
        JsonNode april = api().get("finance", view + "?effectiveOn=2026-04-30").json();
        assertThat(april.path("status").asText()).isEqualTo("ISSUED");
        assertThat(april.path("outstanding").path("amount").asText()).isEqualTo("110.04");
        assertThat(april.path("overdue").asBoolean()).isFalse();
        JsonNode afterDue = api().get("finance", view + "?effectiveOn=2026-05-15").json();
        assertThat(afterDue.path("overdue").asBoolean()).isTrue();
        assertThat(afterDue.path("settlements")).isEmpty();
        JsonNode afterPayment = api().get("finance", view + "?effectiveOn=2026-05-20").json();
        assertThat(afterPayment.path("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(afterPayment.path("outstanding").path("amount").asText()).isEqualTo("60.04");
        // known yesterday: the invoice was not recorded yet, whatever day is asked about
        assertProblem(api().get("finance", view + "?asOf=" + TODAY.minusDays(1) + "&effectiveOn=2026-05-20"), 404,
                "NOT_FOUND");
    }

    @Test
    void thePayPolicyAndTheLabourRulesInForceOnADayAsKnownAtAnInstant() {
        JsonNode sample = api().get("payroll", "/api/payroll/policies/sample?effectiveOn=2026-06-30").json();
        assertThat(sample.path("inForce").path("version").asInt()).isPositive();
        assertThat(LocalDate.parse(sample.path("inForce").path("effectiveFrom").asText()))
                .isBeforeOrEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(sample.path("versions").get(0).path("recordedBy").asText()).isEqualTo("system");
        // the sample applies from 2020: nothing was in force before; nothing was known before it was recorded
        assertProblem(api().get("payroll", "/api/payroll/policies/sample?effectiveOn=2019-12-31"), 404,
                "NOT_FOUND");
        assertProblem(api().get("compliance", "/api/payroll/policies/sample?asOf=2020-01-01"), 404, "NOT_FOUND");
        assertProblem(api().get("analyst", "/api/payroll/policies/sample"), 403, "FORBIDDEN");

        // No rule is recorded as in force before this installation existed.
        JsonNode before = api().get("manager", "/api/workforce/labour-rules?effectiveOn=2020-01-01").json();
        assertThat(before.path("changes")).isEmpty();
        assertThat(before.path("effectiveOn").asText()).isEqualTo("2020-01-01");
        JsonNode now = api().get("compliance", "/api/workforce/labour-rules").json();
        assertThat(now.path("changes").size()).isGreaterThanOrEqualTo(before.path("changes").size());
        assertProblem(api().get("staff1", "/api/workforce/labour-rules"), 403, "FORBIDDEN");

        // Stock moves when recorded: on a day long ago there was none.
        assertThat(api().get("ops", "/api/inventory/stock?effectiveOn=2020-01-01").json().path("total").asInt())
                .isZero();
    }
}
