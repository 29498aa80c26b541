package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finance over real HTTP: an invoice is issued, partly paid, then paid with an overpayment; the invoice list, the
 * receivables aging and the general ledger follow it; refusals append nothing; readers cannot write.
 */
class FinanceEndToEndTest extends EmbeddedStackTest {

    static final String LINES = """
            {"lines":[
              {"description":"Consulting","quantity":"3","unitPrice":{"amount":"33.33","currency":"EUR"},
               "taxCode":"STANDARD"},
              {"description":"Bread","quantity":"1","unitPrice":{"amount":"0.05","currency":"EUR"},
               "taxCode":"REDUCED"}]}""";

    String payment(String amount, String invoice, String allocated) {
        return "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"receivedOn\":\"2026-05-20\","
                + "\"allocations\":[{\"invoiceId\":\"" + invoice + "\",\"amount\":{\"amount\":\"" + allocated
                + "\",\"currency\":\"EUR\"}}]}";
    }

    JsonNode invoice(String customer) {
        JsonNode items = api().get("analyst", "/api/finance/invoices?customerId=" + customer).json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    JsonNode agingRow(String customer) {
        for (JsonNode row : api().get("analyst", "/api/finance/receivables/aging?at=2026-06-01").json().get("rows")) {
            if (customer.equals(row.get("customerId").asText())) {
                return row;
            }
        }
        return null;
    }

    /** The customer's receivable in the ledger: the sum of the account's lines its aggregate caused. */
    BigDecimal receivable(String customer) {
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode lines = api().get("compliance", "/api/finance/ledger/accounts/1100?size=200").json().get("items");
        for (JsonNode line : lines) {
            if (customer.equals(line.get("aggregateId").asText())) {
                sum = sum.add(new BigDecimal(line.get("debit").get("amount").asText()))
                        .subtract(new BigDecimal(line.get("credit").get("amount").asText()));
            }
        }
        return sum;
    }

    @Test
    void anInvoiceIsPaidInTwoPaymentsAndTheBooksFollow() {
        Api.Response created = api().post("finance", "/api/finance/customers",
                "{\"name\":\"Acme GmbH\",\"currency\":\"EUR\",\"paymentTermsDays\":30}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String customer = created.json().get("customerId").asText();
        Api.Response drafted = api().post("finance", "/api/finance/customers/" + customer + "/invoices", LINES);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String invoice = drafted.json().get("invoiceId").asText();
        String invoicePath = "/api/finance/customers/" + customer + "/invoices/" + invoice;
        Api.Response issued = api().post("finance", invoicePath + "/issue",
                "{\"issueDate\":\"2026-04-10\",\"dueDate\":\"2026-05-10\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        // Tax per line, half-even: 99.99 + 10.00 and 0.05 + 0.00.
        await().atMost(Duration.ofSeconds(20)).until(() -> invoice(customer) != null
                && "ISSUED".equals(invoice(customer).get("status").asText()));
        assertThat(invoice(customer).get("gross").get("amount").asText()).isEqualTo("110.04");

        // The invoice fell due on 2026-05-10, long ago: the customer's due-date deadline fires at the scheduler's
        // next poll and issues the first payment reminder. Let it, so that it is not counted below as an event one
        // of the refused commands appended.
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("compliance", "/api/audit/events?aggregateId="
                + customer + "&size=100").json().path("items").findValuesAsText("eventType")
                .contains("PaymentReminderIssuedEvent"));
        SystemAttribution.assertMadeBySystem(api(), customer, "InvoiceOverdueEvent", "InvoiceIssuedEvent",
                "invoiceId");
        SystemAttribution.assertMadeBySystem(api(), customer, "PaymentReminderIssuedEvent", "InvoiceIssuedEvent",
                "invoiceId");
        long before = storedEvents();
        Api.Response tooMuch = api().post("finance", "/api/finance/customers/" + customer + "/payments",
                payment("200.00", invoice, "110.05"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("code").asText()).isEqualTo("OVER_ALLOCATION");
        Api.Response noLines = api().post("finance", "/api/finance/customers/" + customer + "/invoices",
                "{\"lines\":[]}");
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.contentType()).startsWith("application/problem+json");
        Api.Response badDate = api().post("finance", invoicePath + "/issue", "{\"issueDate\":\"tomorrow\"}");
        assertThat(badDate.status()).isEqualTo(400);
        Api.Response reissued = api().post("finance", invoicePath + "/issue", "{\"issueDate\":\"2026-04-11\"}");
        assertThat(reissued.status()).isEqualTo(409);
        assertThat(api().post("analyst", "/api/finance/customers/" + customer + "/payments",
                payment("1.00", invoice, "1.00")).status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response partial = api().post("finance", "/api/finance/customers/" + customer + "/payments",
                payment("50.00", invoice, "50.00"), "pay-" + customer + "-1");
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        // A retry with the same key returns the first answer and books nothing.
        long afterPartial = storedEvents();
        Api.Response retried = api().post("finance", "/api/finance/customers/" + customer + "/payments",
                payment("50.00", invoice, "50.00"), "pay-" + customer + "-1");
        assertThat(retried.body()).isEqualTo(partial.body());
        assertThat(storedEvents()).isEqualTo(afterPartial);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "PARTIALLY_PAID".equals(invoice(customer).get("status").asText()));
        // The aging view is its own projection: wait until it has seen the payment too.
        await().atMost(Duration.ofSeconds(20)).until(() -> agingRow(customer) != null
                && "60.04".equals(agingRow(customer).path("total").path("amount").asText()));
        // Due 10 May, measured on 1 June: 22 days past due.
        assertThat(agingRow(customer).get("days1To30").get("amount").asText()).isEqualTo("60.04");
        assertThat(agingRow(customer).get("total").get("amount").asText()).isEqualTo("60.04");

        Api.Response rest = api().post("finance", "/api/finance/customers/" + customer + "/payments",
                payment("70.00", invoice, "60.04"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(invoice(customer).get("status").asText()));
        await().atMost(Duration.ofSeconds(20)).until(() -> agingRow(customer) == null);
        // It fell overdue before it was paid; paid, it no longer reads overdue (it did, wrongly, before).
        assertThat(invoice(customer).get("overdue").asBoolean()).isFalse();
        // The aging without a day counts to today: a 200, not a 400 without a word.
        assertThat(api().get("analyst", "/api/finance/receivables/aging").status()).isEqualTo(200);

        // The ledger: the receivable is cleared and every entry balanced.
        await().atMost(Duration.ofSeconds(20)).until(() -> receivable(customer).signum() == 0
                && api().get("compliance", "/api/finance/ledger/accounts/1100?size=200").json().path("items")
                .findValues("aggregateId").stream().filter(id -> customer.equals(id.asText())).count() == 3);
        JsonNode trial = api().get("analyst", "/api/finance/ledger/trial-balance").json();
        assertThat(trial.get("balanced").asBoolean()).as(trial.toString()).isTrue();
        for (JsonNode total : trial.get("totals")) {
            assertThat(total.get("debits").get("amount").asText())
                    .isEqualTo(total.get("credits").get("amount").asText());
        }
        JsonNode credit = api().get("finance", "/api/finance/ledger/accounts/2200?currency=EUR&size=200").json();
        assertThat(credit.get("items").findValues("description").stream().map(JsonNode::asText)
                .anyMatch(text -> text.contains(invoice))).isTrue();
        JsonNode sheet = api().get("compliance", "/api/finance/ledger/balance-sheet?at=2026-12-31").json();
        assertThat(sheet.get("totalAssets")).isEqualTo(sheet.get("totalLiabilitiesAndEquity"));
    }

    @Test
    void anExpenseClaimIsApprovedByAManagerWhoDidNotSubmitItAndReimbursedByFinance() {
        String claimJson = "{\"department\":\"Sales\",\"amount\":{\"amount\":\"4200\",\"currency\":\"JPY\"},"
                + "\"expenseDate\":\"2026-04-03\",\"category\":\"TRAVEL\",\"description\":\"Taxi to client\"}";
        Api.Response submitted = api().post("staff1", "/api/finance/expense-claims", claimJson);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String claim = submitted.json().get("claimId").asText();
        String path = "/api/finance/expense-claims/" + claim;
        HttpRequest.Builder approve = api().request("staff1", path + "/approve")
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(api().send(approve.build()).status()).isEqualTo(403);
        assertThat(api().post("finance", "/api/finance/expense-claims", claimJson).status()).isEqualTo(403);

        Api.Response own = api().post("manager", "/api/finance/expense-claims", claimJson);
        assertThat(own.status()).isEqualTo(201);
        Api.Response selfApproved = api().send(api().request("manager", "/api/finance/expense-claims/"
                + own.json().get("claimId").asText() + "/approve").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(selfApproved.status()).isEqualTo(422);
        assertThat(selfApproved.json().get("code").asText()).isEqualTo("FOUR_EYES_REQUIRED");

        assertThat(api().post("finance", path + "/reimburse", "{\"paidOn\":\"2026-04-25\"}").status())
                .isEqualTo(409);
        assertThat(api().send(api().request("manager", path + "/approve")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
        assertThat(api().post("finance", path + "/reimburse", "{\"paidOn\":\"2026-04-25\"}").status())
                .isEqualTo(200);

        // Booked as an expense and paid: the claim's lines on the payable account net to zero.
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("analyst",
                "/api/finance/ledger/accounts/2500?currency=JPY&size=200").json().path("items")
                .findValues("aggregateId").stream().filter(id -> claim.equals(id.asText())).count() == 2);
        JsonNode payable = api().get("analyst", "/api/finance/ledger/accounts/2500?currency=JPY&size=200").json();
        BigDecimal net = BigDecimal.ZERO;
        for (JsonNode line : payable.get("items")) {
            if (claim.equals(line.get("aggregateId").asText())) {
                net = net.add(new BigDecimal(line.get("debit").get("amount").asText()))
                        .subtract(new BigDecimal(line.get("credit").get("amount").asText()));
            }
        }
        assertThat(net).isZero();
    }

    @Test
    void aPeriodClosesOnceAndReadersMayNotCloseIt() {
        HttpRequest close = api().request("finance", "/api/finance/periods/2020-01/close")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        Api.Response first = api().send(close);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response again = api().send(close);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("PERIOD_ALREADY_CLOSED");
        assertThat(api().send(api().request("analyst", "/api/finance/periods/2020-02/close")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(403);
        assertThat(api().send(api().request("finance", "/api/finance/periods/2020-13/close")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(400);
        assertThat(api().get("analyst", "/api/finance/ledger/profit-and-loss?from=2026-02-01&to=2026-01-01")
                .status()).isEqualTo(400);
        assertThat(api().get("analyst", "/api/finance/ledger/accounts/9999").status()).isEqualTo(404);
        assertThat(api().get("payroll", "/api/finance/ledger/trial-balance").status()).isEqualTo(403);
    }

    @Test
    void anApprovedExpenseClaimCountsAgainstItsDepartmentsBudgetAndAnnouncesTheCrossedThreshold() {
        String department = "Budgeted " + UUID.randomUUID().toString().substring(0, 8);
        String budgetId = department + "-2026-04";
        String budget = "{\"department\":\"" + department + "\",\"period\":\"2026-04\","
                + "\"amount\":{\"amount\":\"%s\",\"currency\":\"%s\"}}";
        assertThat(api().post("analyst", "/api/finance/budgets", budget.formatted("6000", "JPY")).status())
                .isEqualTo(403);
        Api.Response set = api().post("finance", "/api/finance/budgets", budget.formatted("6000", "JPY"));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        assertThat(set.json().get("budgetId").asText()).isEqualTo(budgetId);
        Api.Response revised = api().post("finance", "/api/finance/budgets", budget.formatted("5000", "JPY"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        Api.Response euros = api().post("finance", "/api/finance/budgets", budget.formatted("50.00", "EUR"));
        assertThat(euros.status()).isEqualTo(422);
        assertThat(euros.json().get("code").asText()).isEqualTo("CURRENCY_MISMATCH");
        assertThat(api().post("finance", "/api/finance/budgets", budget.formatted("5000", "JPY")
                .replace("2026-04", "2026-13")).status()).isEqualTo(400);
        assertThat(api().get("analyst", "/api/finance/budgets?period=April").status()).isEqualTo(400);
        String query = "/api/finance/budgets?period=2026-04&department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("analyst", query).json().path("total").asInt() == 1);
        String beforeClaim = Instant.now().toString();

        String claimJson = "{\"department\":\"" + department + "\",\"amount\":{\"amount\":\"4200\","
                + "\"currency\":\"JPY\"},\"expenseDate\":\"2026-04-03\",\"category\":\"TRAVEL\","
                + "\"description\":\"Taxi to client\"}";
        Api.Response submitted = api().post("staff1", "/api/finance/expense-claims", claimJson);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String claim = submitted.json().get("claimId").asText();
        assertThat(api().send(api().request("manager", "/api/finance/expense-claims/" + claim + "/approve")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);

        // 4200 of 5000 is 84 %: the 80 % threshold is crossed, the 100 % one is not.
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("analyst", query).json().path("items").path(0)
                .path("thresholdsCrossed").size() == 1);
        JsonNode row = api().get("compliance", query).json().get("items").get(0);
        assertThat(row.get("budget").get("amount").asText()).isEqualTo("5000");
        assertThat(row.get("actual").get("amount").asText()).isEqualTo("4200");
        assertThat(row.get("remaining").get("amount").asText()).isEqualTo("800");
        assertThat(row.get("percentUsed").decimalValue()).isEqualByComparingTo("84.00");
        assertThat(row.get("thresholdsCrossed").get(0).asInt()).isEqualTo(80);
        JsonNode before = api().get("analyst", query + "&asOf=" + beforeClaim).json().get("items").get(0);
        assertThat(before.get("actual").get("amount").asText()).isEqualTo("0");
        assertThat(before.get("thresholdsCrossed")).isEmpty();

        String audit = "/api/audit/events?type=BudgetThresholdCrossedEvent&aggregateId="
                + URLEncoder.encode(budgetId, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", audit).json().path("total")
                .asLong() == 1);
        JsonNode crossed = api().get("compliance", audit).json().get("items").get(0);
        assertThat(crossed.get("payload").get("threshold").asInt()).isEqualTo(80);
        assertThat(crossed.get("payload").get("department").asText()).isEqualTo(department);
    }
}
