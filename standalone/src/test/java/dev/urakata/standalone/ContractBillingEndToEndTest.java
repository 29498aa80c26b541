package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contracts that bill, over HTTP: a customer contract with a monthly plan, signed a month ago, is invoiced at
 * signing and again when its second instalment's deadline fires (already due, so at the deadline manager's next
 * poll); the third is not due yet. Each invoice names the contract, is the system's act in the signing's business
 * transaction, and the contract view follows billed, paid and outstanding (an invoice finance drafts naming the
 * contract counts too). A counterparty that does not exist, a
 * value in another currency than the customer's, or billing on a non-customer contract is refused, appending nothing.
 */
class ContractBillingEndToEndTest extends EmbeddedStackTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aMonthlyPlanInvoicesAtSigningAndAgainWhenTheNextInstalmentFallsDue() {
        String customer = customer("JPY");
        LocalDate signedOn = TODAY.minusMonths(1);
        Api.Response drafted = api().post("legal", "/api/legal/contracts", """
                {"kind":"CUSTOMER","counterpartyId":"%s","title":"Support plan","startDate":"%s","endDate":"%s",
                 "billing":{"value":{"amount":"100000","currency":"JPY"},"plan":"MONTHLY","months":3}}"""
                .formatted(customer, signedOn, signedOn.plusYears(1)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String contract = drafted.json().get("contractId").asText();
        Api.Response signed = api().post("legal", "/api/legal/contracts/" + contract + "/sign",
                "{\"signedOn\":\"" + signedOn + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);

        // The first at signing, the second by its deadline: a month after the signing is today or earlier.
        await().atMost(Duration.ofSeconds(60)).until(() -> issuedInvoices(customer).size() == 2);
        List<JsonNode> invoices = issuedInvoices(customer);
        assertThat(invoices).extracting(i -> i.path("invoiceId").asText())
                .containsExactlyInAnyOrder(contract + "-1", contract + "-2");
        assertThat(invoices).extracting(i -> i.path("contractId").asText()).containsOnly(contract);
        assertThat(invoices).extracting(i -> i.path("issueDate").asText())
                .containsExactlyInAnyOrder(signedOn.toString(), signedOn.plusMonths(1).toString());
        JsonNode first = api().get("finance", "/api/finance/invoices/" + contract + "-1").json();
        assertThat(first.path("contractId").asText()).isEqualTo(contract);
        // 100,000 over 3 months: 33,334 first (it takes the remainder), then 33,333.
        assertThat(first.path("lines").get(0).path("unitPrice").path("amount").asText()).isEqualTo("33334");
        assertThat(api().get("finance", "/api/finance/invoices/" + contract + "-2").json().path("lines").get(0)
                .path("unitPrice").path("amount").asText()).isEqualTo("33333");
        BigDecimal billed = amount(invoices.get(0).path("gross")).add(amount(invoices.get(1).path("gross")));

        await().atMost(Duration.ofSeconds(20)).until(() -> billed.equals(amount(view(contract).path("billed"))));
        JsonNode view = view(contract);
        assertThat(view.path("billing").path("plan").asText()).isEqualTo("MONTHLY");
        assertThat(view.path("billing").path("value").path("amount").asText()).isEqualTo("100000");
        assertThat(amount(view.path("paid"))).isZero();
        assertThat(amount(view.path("outstanding"))).isEqualTo(billed);

        String firstGross = first.path("gross").path("amount").asText();
        Api.Response paid = api().post("finance", "/api/finance/customers/" + customer + "/payments", """
                {"amount":{"amount":"%s","currency":"JPY"},"receivedOn":"%s",
                 "allocations":[{"invoiceId":"%s-1","amount":{"amount":"%s","currency":"JPY"}}]}"""
                .formatted(firstGross, TODAY, contract, firstGross));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        BigDecimal outstanding = billed.subtract(new BigDecimal(firstGross));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                outstanding.equals(amount(view(contract).path("outstanding"))));
        assertThat(amount(view(contract).path("paid"))).isEqualTo(new BigDecimal(firstGross));
        assertThat(amount(view(contract).path("billed"))).isEqualTo(billed);

        // Nobody typed the invoices: the system drafted them in the signing's business transaction.
        String signing = correlationOf(contract, "ContractSignedEvent");
        JsonNode customerEvents = api().get("compliance", "/api/audit/events?aggregateId=" + customer + "&size=200")
                .json().path("items");
        int drafts = 0;
        for (JsonNode event : customerEvents) {
            if (event.path("eventType").asText().equals("InvoiceDraftedEvent")) {
                drafts++;
                assertThat(event.path("user").asText()).as(event.toString()).isEqualTo("system");
                assertThat(event.path("correlationId").asText()).as(event.toString()).isEqualTo(signing);
                assertThat(event.path("payload").path("contractId").asText()).isEqualTo(contract);
            }
        }
        assertThat(drafts).isEqualTo(2);

        // Finance may bill the contract by hand as well (an extra visit): it counts like the planned instalments.
        Api.Response extra = api().post("finance", "/api/finance/customers/" + customer + "/invoices", """
                {"lines":[{"description":"On-site visit","quantity":"1",
                  "unitPrice":{"amount":"5000","currency":"JPY"},"taxCode":"STANDARD"}],"contractId":"%s"}"""
                .formatted(contract));
        assertThat(extra.status()).as(extra.body()).isEqualTo(201);
        String extraInvoice = extra.json().get("invoiceId").asText();
        Api.Response issued = api().post("finance", "/api/finance/customers/" + customer + "/invoices/"
                + extraInvoice + "/issue", "{\"issueDate\":\"" + TODAY + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("finance", "/api/finance/invoices/"
                + extraInvoice).json().path("gross").has("amount"));
        JsonNode extraDetails = api().get("finance", "/api/finance/invoices/" + extraInvoice).json();
        assertThat(extraDetails.path("contractId").asText()).isEqualTo(contract);
        BigDecimal billedWithExtra = billed.add(amount(extraDetails.path("gross")));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                billedWithExtra.equals(amount(view(contract).path("billed"))));

        // Another customer's invoice cannot name this contract.
        String other = customer("JPY");
        assertProblem(api().post("finance", "/api/finance/customers/" + other + "/invoices", """
                {"lines":[{"description":"x","quantity":"1","unitPrice":{"amount":"1","currency":"JPY"},
                  "taxCode":"STANDARD"}],"contractId":"%s"}""".formatted(contract)), 422, "UNKNOWN_CONTRACT");
    }

    @Test
    void unknownCounterpartiesAndBadBillingAreRefusedAndAppendNothing() {
        String yenCustomer = customer("JPY");
        long before = storedEvents();
        String billing = "{\"value\":{\"amount\":\"1000\",\"currency\":\"JPY\"},\"plan\":\"ONE_OFF\"}";
        assertProblem(draft("CUSTOMER", "no-such-customer", null), 422, "UNKNOWN_CUSTOMER");
        assertProblem(draft("CUSTOMER", "no-such-customer", billing), 422, "UNKNOWN_CUSTOMER");
        assertProblem(draft("EMPLOYMENT", "no-such-employee", null), 422, "UNKNOWN_EMPLOYEE");
        assertProblem(draft("SUPPLIER", "no-such-supplier", null), 422, "UNKNOWN_SUPPLIER");
        // A customer's id is not a supplier, nor an employee.
        assertProblem(draft("SUPPLIER", yenCustomer, null), 422, "UNKNOWN_SUPPLIER");
        assertProblem(draft("EMPLOYMENT", yenCustomer, null), 422, "UNKNOWN_EMPLOYEE");
        assertProblem(draft("CUSTOMER", yenCustomer,
                "{\"value\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"plan\":\"ONE_OFF\"}"), 422,
                "CURRENCY_MISMATCH");
        assertProblem(draft("CUSTOMER", yenCustomer,
                "{\"value\":{\"amount\":\"1000\",\"currency\":\"JPY\"},\"plan\":\"MONTHLY\"}"), 400, "INVALID_INPUT");
        assertProblem(draft("CUSTOMER", yenCustomer,
                "{\"value\":{\"amount\":\"1000\",\"currency\":\"JPY\"},\"plan\":\"MONTHLY\",\"months\":0}"), 400,
                "INVALID_INPUT");
        assertProblem(draft("CUSTOMER", yenCustomer,
                "{\"value\":{\"amount\":\"1000\",\"currency\":\"JPY\"},\"plan\":\"ONE_OFF\",\"taxCode\":\"NOPE\"}"),
                400, "INVALID_INPUT");
        assertProblem(api().post("finance", "/api/finance/customers/" + yenCustomer + "/invoices", """
                {"lines":[{"description":"x","quantity":"1","unitPrice":{"amount":"1","currency":"JPY"},
                  "taxCode":"STANDARD"}],"contractId":"no-such-contract"}"""), 422, "UNKNOWN_CONTRACT");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(contractsOf(yenCustomer)).isZero();
    }

    private Api.Response draft(String kind, String counterparty, String billing) {
        return api().post("legal", "/api/legal/contracts", """
                {"kind":"%s","counterpartyId":"%s","title":"Refused","startDate":"%s"%s}"""
                .formatted(kind, counterparty, TODAY, billing == null ? "" : ",\"billing\":" + billing));
    }

    private long contractsOf(String counterparty) {
        return api().get("legal", "/api/legal/contracts?counterpartyId=" + counterparty).json().path("total").asLong();
    }

    private String customer(String currency) {
        Api.Response created = api().post("finance", "/api/finance/customers",
                "{\"name\":\"Kobo KK\",\"currency\":\"" + currency + "\",\"paymentTermsDays\":90}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("customerId").asText();
    }

    private List<JsonNode> issuedInvoices(String customer) {
        List<JsonNode> issued = new ArrayList<>();
        for (JsonNode item : api().get("finance", "/api/finance/invoices?customerId=" + customer).json()
                .path("items")) {
            if (!item.path("issueDate").isNull() && !item.path("issueDate").isMissingNode()) {
                issued.add(item);
            }
        }
        return issued;
    }

    private JsonNode view(String contract) {
        return api().get("legal", "/api/legal/contracts/" + contract).json().path("contract");
    }

    private String correlationOf(String aggregate, String eventType) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", "/api/audit/events?aggregateId="
                + aggregate + "&size=200").json().path("items").findValuesAsText("eventType").contains(eventType));
        for (JsonNode event : api().get("compliance", "/api/audit/events?aggregateId=" + aggregate + "&size=200")
                .json().path("items")) {
            if (event.path("eventType").asText().equals(eventType)) {
                return event.path("correlationId").asText();
            }
        }
        throw new AssertionError("no " + eventType + " of " + aggregate);
    }

    private static BigDecimal amount(JsonNode money) {
        return money.isMissingNode() || money.isNull() ? null : new BigDecimal(money.path("amount").asText());
    }
}
