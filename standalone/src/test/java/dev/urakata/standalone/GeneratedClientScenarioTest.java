package dev.urakata.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.urakata.client.api.EmployeeDirectoryApi;
import dev.urakata.client.api.FinanceCommandsApi;
import dev.urakata.client.api.FinanceViewsApi;
import dev.urakata.client.api.HrCommandsApi;
import dev.urakata.client.api.LegalApi;
import dev.urakata.client.api.LegalCommandsApi;
import dev.urakata.client.invoker.ApiClient;
import dev.urakata.client.invoker.ApiException;
import dev.urakata.client.invoker.ApiResponse;
import dev.urakata.client.model.Allocation;
import dev.urakata.client.model.ContractDetails;
import dev.urakata.client.model.ContractIdResponse;
import dev.urakata.client.model.ContractSummary;
import dev.urakata.client.model.CustomerDetails;
import dev.urakata.client.model.CustomerIdResponse;
import dev.urakata.client.model.DraftContract;
import dev.urakata.client.model.DraftInvoice;
import dev.urakata.client.model.EmployeeDetails;
import dev.urakata.client.model.EmployeeIdResponse;
import dev.urakata.client.model.EmployeeSummary;
import dev.urakata.client.model.HireEmployee;
import dev.urakata.client.model.InvoiceDetails;
import dev.urakata.client.model.InvoiceIdResponse;
import dev.urakata.client.model.InvoiceLineRequest;
import dev.urakata.client.model.IssueInvoice;
import dev.urakata.client.model.Money;
import dev.urakata.client.model.PaymentIdResponse;
import dev.urakata.client.model.Problem;
import dev.urakata.client.model.RecordPayment;
import dev.urakata.client.model.RegisterCustomer;
import dev.urakata.client.model.SignContract;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The seed's first scenario, a new company's first customer contracted, invoiced and paid and its first employee
 * hired, driven only through the Java client the build generates from docs/openapi.json (see standalone/pom.xml).
 *
 * <p>Why: the other end-to-end tests write their requests by hand, and {@link ApiContract} holds each exchange to the
 * document; that proves the document describes the wire, not that an app can build on it. Here every request is made
 * from the document as a generator reads it (operation ids become methods, tags classes, schemas typed models), so a
 * clash of schema names, an untyped body or a type the generator reads otherwise fails here, not in an outside app.
 */
class GeneratedClientScenarioTest extends EmbeddedStackTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final Duration PROJECTED = Duration.ofSeconds(20);

    /** A client signed in as a demo user, whose password is its name. */
    ApiClient signedInAs(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    @Test
    void aNewCompanyContractsInvoicesAndIsPaidByItsFirstCustomerAndHiresItsFirstEmployee() throws ApiException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        FinanceCommandsApi financeCommands = new FinanceCommandsApi(signedInAs("finance"));
        FinanceViewsApi financeViews = new FinanceViewsApi(signedInAs("finance"));
        LegalCommandsApi legalCommands = new LegalCommandsApi(signedInAs("legal"));
        LegalApi legalViews = new LegalApi(signedInAs("legal"));

        // Finance registers the customer.
        ApiResponse<CustomerIdResponse> registered = financeCommands.financeRegisterCustomerWithHttpInfo(
                new RegisterCustomer().name("Hoshino Trading " + suffix).currency("EUR").paymentTermsDays(30), null);
        assertThat(registered.getStatusCode()).isEqualTo(201);
        String customer = registered.getData().getCustomerId();
        assertThat(customer).isNotBlank();
        assertThat(location(registered)).isEqualTo("/api/finance/customers/" + customer);

        // Legal drafts the customer contract with them as counterparty and signs it: in force at once.
        ApiResponse<ContractIdResponse> drafted = legalCommands.legalDraftWithHttpInfo(new DraftContract()
                .kind(DraftContract.KindEnum.CUSTOMER).counterpartyId(customer).title("Bookkeeping services")
                .startDate(TODAY).endDate(TODAY.plusYears(1)), null);
        assertThat(drafted.getStatusCode()).isEqualTo(201);
        String contract = drafted.getData().getContractId();
        assertThat(location(drafted)).isEqualTo("/api/legal/contracts/" + contract);
        assertThat(legalCommands.legalSign(contract, new SignContract().signedOn(TODAY), null).getContractId())
                .isEqualTo(contract);
        ContractDetails inForce = await().atMost(PROJECTED).until(() -> shown(() -> legalViews.legalContract(contract)),
                details -> details != null && details.getContract().getStatus() == ContractSummary.StatusEnum.ACTIVE);
        assertThat(inForce.getContract().getKind()).isEqualTo(ContractSummary.KindEnum.CUSTOMER);
        assertThat(inForce.getContract().getCounterpartyId()).isEqualTo(customer);
        assertThat(inForce.getContract().getSignedOn()).isEqualTo(TODAY);

        // Finance drafts the first invoice and issues it: 3 × 33.33 = 99.99, 10 % tax rounded half-even to 10.00.
        ApiResponse<InvoiceIdResponse> invoiced = financeCommands.financeDraftInvoiceWithHttpInfo(customer,
                new DraftInvoice().addLinesItem(new InvoiceLineRequest().description("Bookkeeping, first quarter")
                        .quantity(new BigDecimal("3")).unitPrice(euros("33.33")).taxCode("STANDARD")), null);
        assertThat(invoiced.getStatusCode()).isEqualTo(201);
        String invoice = invoiced.getData().getInvoiceId();
        assertThat(invoiced.getData().getCustomerId()).isEqualTo(customer);
        assertThat(location(invoiced)).isEqualTo("/api/finance/invoices/" + invoice);
        financeCommands.financeIssue(customer, invoice,
                new IssueInvoice().issueDate(TODAY).dueDate(TODAY.plusDays(30)), null);
        InvoiceDetails issued = await().atMost(PROJECTED).until(() -> shown(() -> financeViews.financeInvoice(invoice,
                null, null)), details -> details != null && details.getStatus() == InvoiceDetails.StatusEnum.ISSUED);
        assertThat(issued.getNet()).isEqualTo(euros("99.99"));
        assertThat(issued.getTax()).isEqualTo(euros("10.00"));
        assertThat(issued.getGross()).isEqualTo(euros("109.99"));
        assertThat(issued.getOutstanding()).isEqualTo(euros("109.99"));
        assertThat(issued.getDueDate()).isEqualTo(TODAY.plusDays(30));

        // The customer pays it in full; the invoice shows paid and the customer owes nothing.
        ApiResponse<PaymentIdResponse> paid = financeCommands.financePayWithHttpInfo(customer, new RecordPayment()
                .amount(euros("109.99")).receivedOn(TODAY)
                .addAllocationsItem(new Allocation().invoiceId(invoice).amount(euros("109.99"))), null);
        assertThat(paid.getStatusCode()).isEqualTo(201);
        assertThat(paid.getData().getPaymentId()).isNotBlank();
        assertThat(location(paid)).isEqualTo("/api/finance/customers/" + customer);
        InvoiceDetails settled = await().atMost(PROJECTED).until(() -> financeViews.financeInvoice(invoice, null, null),
                details -> details.getStatus() == InvoiceDetails.StatusEnum.PAID);
        assertThat(settled.getOutstanding()).isEqualTo(euros("0.00"));
        assertThat(settled.getSettlements()).hasSize(1);
        assertThat(settled.getSettlements().get(0).getAmount()).isEqualTo(euros("109.99"));
        CustomerDetails owes = await().atMost(PROJECTED).until(() -> financeViews.financeCustomer(customer, null),
                details -> Integer.valueOf(0).equals(details.getOpenInvoices()));
        assertThat(owes.getBalance()).isEqualTo(euros("0.00"));

        // HR hires the first employee, who is then in the directory.
        String number = "GC-" + suffix;
        ApiResponse<EmployeeIdResponse> hired = new HrCommandsApi(signedInAs("hr"))
                .hrHireWithHttpInfo(hireRequest(number), null);
        assertThat(hired.getStatusCode()).isEqualTo(201);
        String employee = hired.getData().getEmployeeId();
        assertThat(location(hired)).isEqualTo("/api/hr/employees/" + employee);
        EmployeeDirectoryApi directory = new EmployeeDirectoryApi(signedInAs("hr"));
        EmployeeDetails hiredOne = await().atMost(PROJECTED).until(() -> shown(() -> directory.hrFind(employee, null, null)),
                details -> details != null);
        assertThat(hiredOne.getEmployeeNumber()).isEqualTo(number);
        assertThat(hiredOne.getFamilyName()).isEqualTo("Hoshino");
        assertThat(hiredOne.getStatus()).isEqualTo(EmployeeDetails.StatusEnum.ACTIVE);
        assertThat(hiredOne.getHireDate()).isEqualTo(TODAY);
        assertThat(hiredOne.getCurrentSalary()).isEqualTo(new Money().amount("320000").currency("JPY"));
        List<EmployeeSummary> listed = directory.hrList("Bookkeeping", null, "ACTIVE", null, "Hoshino", null, null, 0, 200)
                .getItems();
        assertThat(listed).filteredOn(entry -> employee.equals(entry.getEmployeeId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getEmployeeNumber()).isEqualTo(number);
                    assertThat(entry.getPosition()).isEqualTo("Bookkeeper");
                });
    }

    @Test
    void aSecondHireWithTheSameEmployeeNumberIsRefusedWithAProblemTheClientCanRead() throws Exception {
        HrCommandsApi hr = new HrCommandsApi(signedInAs("hr"));
        String number = "GC-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(hr.hrHire(hireRequest(number), null).getEmployeeId()).isNotBlank();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> hr.hrHire(hireRequest(number), null));
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        Problem problem = problem(refused);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getCode()).isEqualTo("DUPLICATE_EMPLOYEE_NUMBER");
        assertThat(problem.getTitle()).isNotBlank();
    }

    static HireEmployee hireRequest(String employeeNumber) {
        return new HireEmployee().employeeNumber(employeeNumber).givenName("Ren").familyName("Hoshino")
                .email("ren.hoshino@example.com").department("Bookkeeping").position("Bookkeeper")
                .employmentType(HireEmployee.EmploymentTypeEnum.PERMANENT).hireDate(TODAY)
                .monthlySalary(new Money().amount("320000").currency("JPY"));
    }

    static Money euros(String amount) {
        return new Money().amount(amount).currency("EUR");
    }

    static String location(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("Location");
        assertThat(values).as("Location of a %d", response.getStatusCode()).hasSize(1);
        return values.get(0);
    }

    /** A refusal's body read as the document's problem, with the client's own JSON mapper. */
    Problem problem(ApiException refused) throws JsonProcessingException {
        return signedInAs("hr").getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    /** A view's answer, or null while its projection has not seen the record yet (404); any other refusal fails. */
    static <T> T shown(View<T> view) throws ApiException {
        try {
            return view.read();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    interface View<T> {
        T read() throws ApiException;
    }
}
