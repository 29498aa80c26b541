package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Purchase to pay and customer credit over real HTTP: a purchase order is received, invoiced by the supplier (three
 * way match) and paid, after which goods received not invoiced and the payable are back at zero for it and its
 * department's budget carries the purchase; credit a customer holds settles a later invoice; the single-item views
 * show it all.
 */
class FinanceGapsEndToEndTest extends EmbeddedStackTest {

    String created(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(field).asText();
    }

    Api.Response postEmpty(String user, String path) {
        return api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Debits minus credits of an account's lines caused by the given aggregates. */
    BigDecimal balance(String account, Set<String> aggregates) {
        BigDecimal sum = BigDecimal.ZERO;
        JsonNode lines = api().get("compliance", "/api/finance/ledger/accounts/" + account + "?size=200").json()
                .path("items");
        for (JsonNode line : lines) {
            if (aggregates.contains(line.path("aggregateId").asText())) {
                sum = sum.add(new BigDecimal(line.path("debit").path("amount").asText("0")))
                        .subtract(new BigDecimal(line.path("credit").path("amount").asText("0")));
            }
        }
        return sum;
    }

    long lines(String account, Set<String> aggregates) {
        long count = 0;
        for (JsonNode line : api().get("compliance", "/api/finance/ledger/accounts/" + account + "?size=200").json()
                .path("items")) {
            count += aggregates.contains(line.path("aggregateId").asText()) ? 1 : 0;
        }
        return count;
    }

    @Test
    void aPurchaseIsReceivedInvoicedAndPaidAndGoodsReceivedNotInvoicedClearsToZero() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String department = "Workshop " + suffix;
        String warehouse = created(api().post("ops", "/api/inventory/warehouses",
                "{\"code\":\"P2P-" + suffix + "\",\"name\":\"P2P " + suffix + "\"}"), "id");
        String item = created(api().post("ops", "/api/inventory/items", "{\"sku\":\"P2P-" + suffix
                + "\",\"name\":\"Bolt\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}"), "id");
        String supplier = created(api().post("ops", "/api/purchasing/suppliers",
                "{\"name\":\"Bolts Ltd\",\"contactEmail\":\"sales@bolts.example\",\"currency\":\"EUR\"}"),
                "supplierId");
        assertThat(api().post("finance", "/api/finance/budgets", "{\"department\":\"" + department
                + "\",\"period\":\"2026-04\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}").status())
                .isEqualTo(201);
        String order = created(api().post("ops", "/api/purchasing/orders", "{\"supplierId\":\"" + supplier
                + "\",\"department\":\"" + department + "\",\"lines\":[{\"itemId\":\"" + item
                + "\",\"warehouseId\":\"" + warehouse
                + "\",\"quantity\":\"10\",\"unitCost\":{\"amount\":\"2.50\",\"currency\":\"EUR\"}}]}"),
                "purchaseOrderId");
        String base = "/api/purchasing/orders/" + order;
        assertThat(postEmpty("admin", base + "/approve").status()).isEqualTo(200);
        assertThat(postEmpty("ops", base + "/send").status()).isEqualTo(200);
        assertThat(api().post("ops", base + "/receipts", "{\"receiptId\":\"dn-1\",\"lines\":[{\"lineNumber\":1,"
                + "\"quantity\":\"4\"}]}").status()).isEqualTo(200);

        String invoice = "{\"invoiceNumber\":\"%s\",\"invoiceDate\":\"2026-04-20\",\"dueDate\":\"2026-05-20\","
                + "\"lines\":[{\"lineNumber\":1,\"quantity\":\"%s\",\"unitPrice\":{\"amount\":\"%s\","
                + "\"currency\":\"EUR\"},\"taxCode\":\"STANDARD\"}]}";
        // Three-way match: only what has arrived, only at the order's price; and it is finance's job.
        assertProblem(api().post("finance", base + "/supplier-invoices", invoice.formatted("B-1", "5", "2.50")),
                422, "OVER_INVOICED");
        assertProblem(api().post("finance", base + "/supplier-invoices", invoice.formatted("B-1", "4", "2.60")),
                422, "INVOICE_PRICE_MISMATCH");
        assertThat(api().post("ops", base + "/supplier-invoices", invoice.formatted("B-1", "4", "2.50")).status())
                .isEqualTo(403);
        assertThat(api().post("ops", base + "/receipts", "{\"receiptId\":\"dn-2\",\"lines\":[{\"lineNumber\":1,"
                + "\"quantity\":\"6\"}]}").status()).isEqualTo(200);
        String supplierInvoice = created(api().post("finance", base + "/supplier-invoices",
                invoice.formatted("B-1", "10", "2.50")), "supplierInvoiceId");
        assertProblem(api().post("finance", base + "/supplier-invoices", invoice.formatted("B-1", "1", "2.50")),
                409, "DUPLICATE_SUPPLIER_INVOICE");
        String pay = base + "/supplier-invoices/" + supplierInvoice + "/pay";
        assertThat(api().post("finance", pay, "{\"paidOn\":\"2026-05-15\"}").status()).isEqualTo(200);
        assertProblem(api().post("finance", pay, "{\"paidOn\":\"2026-05-16\"}"), 409,
                "SUPPLIER_INVOICE_ALREADY_PAID");

        // Two receipts and the invoice on GR/IR; invoice and payment on payables: both back at zero.
        Set<String> mine = Set.of(item, order);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines("2100", mine) == 3 && lines("2000", mine) == 2);
        assertThat(balance("2100", mine)).isZero();
        assertThat(balance("2000", mine)).isZero();
        assertThat(balance("1300", mine)).isEqualByComparingTo("2.50"); // 10 % input tax on 25.00
        assertThat(balance("1200", mine)).isEqualByComparingTo("25.00");
        assertThat(balance("1000", mine)).isEqualByComparingTo("-27.50");
        JsonNode trial = api().get("analyst", "/api/finance/ledger/trial-balance").json();
        assertThat(trial.path("balanced").asBoolean()).isTrue();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : trial.path("rows")) {
            sum = sum.add(new BigDecimal(row.path("balance").path("amount").asText()));
        }
        assertThat(sum).isZero();

        // The order shows what was invoiced and that it was paid.
        await().atMost(Duration.ofSeconds(20)).until(() -> "2026-05-15".equals(api().get("finance", base).json()
                .path("supplierInvoices").path(0).path("paidOn").asText()));
        JsonNode details = api().get("analyst", base).json();
        assertThat(details.path("department").asText()).isEqualTo(department);
        assertThat(details.path("lines").path(0).path("invoicedQuantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(details.path("supplierInvoices").path(0).path("gross").path("amount").asText()).isEqualTo("27.50");

        // The department's budget carries the purchase's net amount in the month of the invoice.
        String budgets = "/api/finance/budgets?period=2026-04&department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> "25.00".equals(api().get("analyst", budgets).json()
                .path("items").path(0).path("actual").path("amount").asText()));
    }

    @Test
    void creditACustomerHoldsSettlesALaterInvoiceAndTheSingleViewsShowIt() {
        String customer = created(api().post("finance", "/api/finance/customers",
                "{\"name\":\"Credit GmbH\",\"currency\":\"EUR\",\"paymentTermsDays\":30}"), "customerId");
        String customerPath = "/api/finance/customers/" + customer;
        String first = issued(customerPath, "100.00");
        // 160 paid, 100 allocated: 60 kept as credit
        assertThat(api().post("finance", customerPath + "/payments", "{\"amount\":{\"amount\":\"160.00\","
                + "\"currency\":\"EUR\"},\"receivedOn\":\"2026-04-12\",\"allocations\":[{\"invoiceId\":\"" + first
                + "\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}]}").status()).isEqualTo(201);
        String second = issued(customerPath, "50.00");
        String apply = customerPath + "/invoices/" + second + "/apply-credit";
        assertProblem(api().post("finance", apply, "{\"amount\":{\"amount\":\"60.01\",\"currency\":\"EUR\"},"
                + "\"appliedOn\":\"2026-04-15\"}"), 422, "INSUFFICIENT_CUSTOMER_CREDIT");
        assertThat(api().post("analyst", apply, "{\"appliedOn\":\"2026-04-15\"}").status()).isEqualTo(403);
        Api.Response applied = api().post("finance", apply, "{\"appliedOn\":\"2026-04-15\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertProblem(api().post("finance", apply, "{\"appliedOn\":\"2026-04-16\"}"), 409,
                "INVOICE_STATUS_CONFLICT");

        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(api().get("analyst",
                "/api/finance/invoices/" + second).json().path("status").asText()));
        JsonNode invoice = api().get("analyst", "/api/finance/invoices/" + second).json();
        assertThat(invoice.path("outstanding").path("amount").asText()).isEqualTo("0.00");
        assertThat(invoice.path("lines").path(0).path("description").asText()).isEqualTo("Service");
        assertThat(invoice.path("settlements").path(0).path("kind").asText()).isEqualTo("CUSTOMER_CREDIT");
        assertThat(invoice.path("settlements").path(0).path("amount").path("amount").asText()).isEqualTo("50.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> "10.00".equals(api().get("compliance",
                "/api/finance/customers/" + customer).json().path("credit").path("amount").asText()));
        JsonNode account = api().get("analyst", "/api/finance/customers/" + customer).json();
        assertThat(account.path("balance").path("amount").asText()).isEqualTo("0.00");
        assertThat(account.path("openInvoices").asInt()).isZero();

        // In the ledger the customer's receivables are settled and 10.00 of credit is still owed to it.
        await().atMost(Duration.ofSeconds(20)).until(() -> lines("1100", Set.of(customer)) == 4);
        assertThat(balance("1100", Set.of(customer))).isZero();
        assertThat(balance("2200", Set.of(customer))).isEqualByComparingTo("-10.00");

        assertProblem(api().get("analyst", "/api/finance/invoices/no-such-invoice"), 404, "NOT_FOUND");
        assertProblem(api().get("finance", "/api/finance/customers/no-such-customer"), 404, "NOT_FOUND");
        assertProblem(api().get("finance", "/api/finance/expense-claims/no-such-claim"), 404, "NOT_FOUND");
        assertThat(api().get("analyst", "/api/finance/expense-claims/no-such-claim").status()).isEqualTo(403);
    }

    @Test
    void anExpenseClaimCanBeReadOnItsOwn() {
        String claimJson = "{\"department\":\"Sales\",\"amount\":{\"amount\":\"1200\",\"currency\":\"JPY\"},"
                + "\"expenseDate\":\"2026-04-03\",\"category\":\"TRAVEL\",\"description\":\"Train\"}";
        Api.Response submitted = api().post("staff1", "/api/finance/expense-claims", claimJson);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String claim = submitted.json().get("claimId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUBMITTED".equals(api().get("finance",
                "/api/finance/expense-claims/" + claim).json().path("status").asText()));
        JsonNode details = api().get("manager", "/api/finance/expense-claims/" + claim).json();
        assertThat(details.path("amount").path("amount").asText()).isEqualTo("1200");
        assertThat(details.path("description").asText()).isEqualTo("Train");
    }

    /** Drafts and issues a one-line, tax-exempt invoice of {@code amount}; returns its id. */
    String issued(String customerPath, String amount) {
        String invoice = created(api().post("finance", customerPath + "/invoices", "{\"lines\":[{\"description\":"
                + "\"Service\",\"quantity\":\"1\",\"unitPrice\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},"
                + "\"taxCode\":\"EXEMPT\"}]}"), "invoiceId");
        assertThat(api().post("finance", customerPath + "/invoices/" + invoice + "/issue",
                "{\"issueDate\":\"2026-04-10\"}").status()).isEqualTo(200);
        return invoice;
    }
}
