package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.hr.SignInId;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A month's payroll for a thousand employees over HTTP, on its own data directory: open, calculate, review,
 * approve by a second person, pay, close; the register reconciles to the yen; a payslip explains its figures
 * down to the events; a later correction run pays only the difference.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayrollEndToEndTest {

    static final int STAFF = 1000;
    /** Employees whose numbers are demo sign-ins, so that they act as themselves. */
    static final List<String> SIGN_INS = List.of("staff1", "staff2", "payroll", "hr");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-payroll-").toString();
        registry.add("urakata.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    Api api() {
        return new Api(port);
    }

    Api.Response post(String user, String path, String json) {
        return json == null ? api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build())
                : api().post(user, path, json);
    }

    JsonNode register(String run) {
        return api().get("finance", "/api/payroll/runs/" + run).json();
    }

    /** Calculates until the register shows every employee (the command side's view may still be catching up). */
    void calculate(String run, int expectedPayslips) {
        // Generous bounds: a thousand payslips go through every processor, and CI machines are shared.
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            int calculation = register(run).path("calculation").asInt(0);
            assertThat(post("payroll", "/api/payroll/runs/" + run + "/calculate", null).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(180)).until(() -> register(run).path("calculation").asInt(0)
                    > calculation && register(run).path("totalsMatchRows").asBoolean());
            return register(run).get("totals").get("payslips").asInt() == expectedPayslips;
        });
    }

    @Test
    void aThousandEmployeesArePaidExplainedAndCorrected() {
        // Aiko: 300,000 a month from before April, with a 50,000 bonus in April.
        Api.Response hired = api().post("hr", "/api/hr/employees", Api.hireJson("P-0001")
                .replace("2026-04-01", "2025-01-01").replace("\"350000\"", "\"300000\""));
        assertThat(hired.status()).isEqualTo(201);
        String aiko = hired.json().get("employeeId").asText();
        // A few of them are also sign-ins (the demo accounts whose user name is their employee number).
        Map<String, EmployeeId> signIns = new HashMap<>();
        for (int i = 2; i <= STAFF; i++) {
            LocalDate hireDate = i % 10 == 0 ? LocalDate.of(2026, 4, 11) : LocalDate.of(2025, 6, 1);
            String number = i - 2 < SIGN_INS.size() ? SIGN_INS.get(i - 2) : String.format("P-%04d", i);
            EmployeeId id = EmployeeId.newId();
            signIns.put(number, id);
            commands.sendAndWait(new HireEmployeeCommand(id, number, "Given" + i,
                    "Family" + i, "p" + i + "@example.com", i % 2 == 0 ? "Sales" : "Operations", "Associate",
                    EmploymentType.PERMANENT, null, hireDate,
                    new Money(BigDecimal.valueOf(200_000 + 137L * i), "JPY")));
        }

        // Employee numbers do not make sign-ins: an employee numbered "hr" exists, yet the sign-in hr is nobody
        // until an administrator binds it (HR cannot), and one employee is bound to one sign-in at most.
        assertProblem(api().get("hr", "/api/me"), 403, "NOT_AN_EMPLOYEE");
        assertProblem(bind("hr", "hr", signIns.get("hr")), 403, "FORBIDDEN");
        assertThat(bind("admin", "hr", signIns.get("hr")).status()).isEqualTo(200);
        assertThat(bind("admin", "payroll", signIns.get("payroll")).status()).isEqualTo(200);
        assertProblem(bind("admin", "analyst", signIns.get("hr")), 409, "EMPLOYEE_ALREADY_BOUND");
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("hr", "/api/me").status() == 200
                && api().get("payroll", "/api/me").status() == 200);
        assertThat(api().get("hr", "/api/me").json().get("employeeId").asText()).isEqualTo(signIns.get("hr").value());
        String bindingTrail = "/api/audit/events?aggregateId=" + SignInId.of("hr").value();
        await().atMost(Duration.ofSeconds(120)).until(() ->
                api().get("compliance", bindingTrail).json().path("items").size() == 1);
        assertThat(api().get("compliance", bindingTrail).json().get("items").get(0).get("user").asText())
                .isEqualTo("admin");

        // The sample policy is adopted at start; the run can open once the command side has seen it.
        String[] run = new String[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Api.Response opened = post("payroll", "/api/payroll/runs", "{\"policyId\":\"sample\",\"period\":\"2026-04\"}");
            if (opened.status() == 201) {
                run[0] = opened.json().get("id").asText();
            }
            return run[0] != null;
        });
        String base = "/api/payroll/runs/" + run[0];
        assertProblem(post("payroll", "/api/payroll/runs", "{\"policyId\":\"sample\",\"period\":\"2026-04\"}"),
                409, "DUPLICATE_PAYROLL_RUN");
        assertThat(post("payroll", base + "/one-offs", "{\"employeeId\":\"" + aiko + "\",\"kind\":\"BONUS\","
                + "\"amount\":{\"amount\":\"50000\",\"currency\":\"JPY\"},\"description\":\"Q1 bonus\"}").status())
                .isEqualTo(200);
        // Separation of duties: the payroll officer is an employee too, and adds no bonus for themselves.
        assertProblem(post("payroll", base + "/one-offs", "{\"employeeId\":\"" + signIns.get("payroll") + "\","
                + "\"kind\":\"BONUS\",\"amount\":{\"amount\":\"50000\",\"currency\":\"JPY\"},"
                + "\"description\":\"my bonus\"}"), 403, "OWN_RECORD");

        calculate(run[0], STAFF);
        assertThat(post("payroll", base + "/submit", null).status()).isEqualTo(200);
        assertProblem(post("payroll", base + "/approve", null), 422, "FOUR_EYES_REQUIRED");
        assertThat(post("admin", base + "/approve", null).status()).isEqualTo(200);
        assertThat(post("payroll", base + "/pay", "{\"paymentDate\":\"2026-04-25\"}").status()).isEqualTo(200);
        assertThat(post("payroll", base + "/close", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(register(run[0]).get("status").asText()));

        JsonNode register = register(run[0]);
        assertThat(register.get("totalsMatchRows").asBoolean()).isTrue();
        assertThat(register.get("rows")).hasSize(STAFF);
        assertThat(register.get("approvedBy").asText()).isEqualTo("admin");
        assertThat(register.get("calculatedBy").asText()).isEqualTo("payroll");
        BigDecimal gross = amount(register.get("totals").get("gross"));
        BigDecimal employer = amount(register.get("totals").get("employerContributions"));
        BigDecimal net = amount(register.get("totals").get("net"));
        assertThat(gross.subtract(amount(register.get("totals").get("deductions")))).isEqualByComparingTo(net);

        // Aiko's payslip: 350,000 gross; social 31,500; tax on 318,500 = 21,850; net 296,650.
        JsonNode slips = api().get("payroll", "/api/payroll/payslips?employeeId=" + aiko + "&year=2026").json();
        String payslip = slips.get("items").get(0).get("payslipId").asText();
        JsonNode explanation = api().get("compliance", "/api/payroll/payslips/" + payslip + "/explanation").json();
        assertThat(explanation.get("reconciliation").get("balanced").asBoolean()).isTrue();
        assertThat(amount(explanation.get("reconciliation").get("net"))).isEqualByComparingTo("296650");
        JsonNode baseLine = explanation.get("lines").get(0);
        assertThat(baseLine.get("component").asText()).isEqualTo("BASE_SALARY");
        assertThat(baseLine.get("rule").asText()).isEqualTo("base-salary-pro-rata");
        // The figure leads back to the hire event in the audit trail.
        String hireEvent = api().get("compliance", "/api/audit/events?aggregateId=" + aiko).json().get("items").get(0)
                .get("eventId").asText();
        assertThat(baseLine.get("sourceEventIds").get(0).asText()).isEqualTo(hireEvent);

        // Department costs and withholdings reconcile with the register, to the yen.
        JsonNode costs = api().get("analyst", "/api/payroll/costs?from=2026-04&to=2026-04&size=50").json()
                .get("items");
        BigDecimal costTotal = BigDecimal.ZERO;
        int headcount = 0;
        for (JsonNode cost : costs) {
            costTotal = costTotal.add(amount(cost.get("totalCost")));
            headcount += cost.get("headcount").asInt();
        }
        assertThat(costTotal).isEqualByComparingTo(gross.add(employer));
        assertThat(headcount).isEqualTo(STAFF);
        // Department budgets count the same cost: each payslip once, with its latest calculation only.
        BigDecimal payrollCost = costTotal;
        await().atMost(Duration.ofSeconds(180)).until(() -> budgetActuals("2026-04").compareTo(payrollCost) == 0);
        JsonNode withheld = api().get("analyst", "/api/payroll/withholdings?from=2026-04&to=2026-04").json()
                .get("items").get(0);
        assertThat(amount(withheld.get("incomeTax"))).isEqualByComparingTo(amount(register.get("totals")
                .get("incomeTax")));
        assertProblem(api().get("analyst", "/api/payroll/payslips/" + payslip), 403, "FORBIDDEN");
        assertProblem(api().get("analyst", base), 403, "FORBIDDEN");

        // Self-service: an employee reads their own payslip and its explanation, and nobody else's.
        JsonNode mine = api().get("staff1", "/api/me/payslips?year=2026").json();
        assertThat(mine.get("items")).hasSize(1);
        String myPayslip = mine.get("items").get(0).get("payslipId").asText();
        assertThat(api().get("staff1", "/api/me/payslips/" + myPayslip).json().get("employeeId").asText())
                .isEqualTo(signIns.get("staff1").value());
        assertThat(api().get("staff1", "/api/me/payslips/" + myPayslip + "/explanation").json()
                .get("reconciliation").get("balanced").asBoolean()).isTrue();
        assertProblem(api().get("staff2", "/api/me/payslips/" + myPayslip), 404, "NOT_FOUND");
        assertProblem(api().get("staff1", "/api/me/payslips/" + payslip + "/explanation"), 404, "NOT_FOUND");
        assertProblem(api().get("staff1", "/api/payroll/payslips/" + myPayslip), 403, "FORBIDDEN");
        assertProblem(api().get("compliance", "/api/me/payslips"), 403, "NOT_AN_EMPLOYEE");
        assertThat(api().get("staff1", "/api/me").json().get("employeeId").asText())
                .isEqualTo(signIns.get("staff1").value());
        // HR changes anybody's salary but their own.
        assertProblem(api().post("hr", "/api/hr/employees/" + signIns.get("hr") + "/salary-changes",
                "{\"monthlySalary\":{\"amount\":\"900000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2027-01-01\","
                        + "\"reason\":\"my own raise\"}"), 403, "OWN_RECORD");
        assertProblem(api().post("hr", "/api/hr/employees/" + signIns.get("hr") + "/terminate",
                "{\"reason\":\"RESIGNATION\",\"lastDay\":\"2027-01-31\"}"), 403, "OWN_RECORD");

        // A raise recorded late, effective 1 April: a correction run pays only Aiko's difference.
        assertThat(api().post("hr", "/api/hr/employees/" + aiko + "/salary-changes",
                "{\"monthlySalary\":{\"amount\":\"330000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-04-01\","
                        + "\"reason\":\"late raise\"}").status()).isEqualTo(200);
        // The command side decides with its own view, which sees the close a moment after the query side.
        String[] opened = new String[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Api.Response correction = post("payroll", base + "/corrections", null);
            if (correction.status() == 201) {
                opened[0] = correction.json().get("id").asText();
            } else {
                assertProblem(correction, 422, "RUN_NOT_CLOSED");
            }
            return opened[0] != null;
        });
        String correctionRun = opened[0];
        calculate(correctionRun, 1);
        JsonNode correctionRegister = register(correctionRun);
        assertThat(correctionRegister.get("correctsRunId").asText()).isEqualTo(run[0]);
        // Due now 380,000; social 34,200; tax on 345,800 = 24,580: the difference nets 30,000 - 2,700 - 2,730.
        assertThat(amount(correctionRegister.get("totals").get("net"))).isEqualByComparingTo("24570");
        assertThat(amount(correctionRegister.get("totals").get("gross"))).isEqualByComparingTo("30000");

        // Changing a rate is a command with an effective date, and a new policy version in the audit trail.
        assertThat(api().post("payroll", "/api/payroll/policies/sample/income-tax-brackets", "{\"effectiveFrom\":"
                + "\"2027-01-01\",\"brackets\":[{\"from\":0,\"rate\":0.05},{\"from\":250000,\"rate\":0.10}],"
                + "\"reason\":\"sample reform\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance",
                "/api/audit/events?aggregateId=sample").json().path("total").asInt() == 2);
        JsonNode versions = api().get("compliance", "/api/audit/events?aggregateId=sample").json().get("items");
        assertThat(versions.findValuesAsText("user")).containsExactly("system", "payroll");
        assertThat(versions.get(1).get("payload").get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("payload").get("effectiveFrom").asText()).isEqualTo("2027-01-01");
    }

    /** {@code user} binds the sign-in {@code signIn} to {@code employee}. */
    Api.Response bind(String user, String signIn, EmployeeId employee) {
        return api().send(api().request(user, "/api/security/sign-ins/" + signIn)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"employeeId\":\"" + employee.value() + "\"}")).build());
    }

    BigDecimal budgetActuals(String period) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : api().get("analyst", "/api/finance/budgets?size=50&period=" + period).json().get("items")) {
            sum = sum.add(amount(row.get("actual")));
        }
        return sum;
    }

    static BigDecimal amount(JsonNode money) {
        return new BigDecimal(money.get("amount").asText());
    }
}
