package dev.urakata.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.query.console.ConsoleViews.Dashboard;
import dev.urakata.query.web.CsvFiles;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst dashboards as pages (chart, tables, filters) and their main table as CSV. Roles as for the API
 * endpoint each reads: payroll figures for ADMIN, PAYROLL, FINANCE, ANALYST, COMPLIANCE; stock for ADMIN,
 * OPERATIONS, FINANCE, ANALYST, COMPLIANCE; budgets and receivables for ADMIN, FINANCE, ANALYST, COMPLIANCE.
 */
@Controller
@Hidden // pages for people, not part of the API's OpenAPI document
@RequestMapping("/console/dashboards")
class DashboardController {

    private final Dashboards dashboards;
    private final ObjectMapper json;

    DashboardController(Dashboards dashboards, ObjectMapper json) {
        this.dashboards = dashboards;
        this.json = json;
    }

    @GetMapping("/payroll")
    @PreAuthorize(ConsoleSecurityConfiguration.PAYROLL_FIGURES)
    String payroll(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String asOf, Model model) {
        return show(dashboards.payroll(from, to, asOf), model);
    }

    @GetMapping("/payroll.csv")
    @PreAuthorize(ConsoleSecurityConfiguration.PAYROLL_FIGURES)
    ResponseEntity<String> payrollCsv(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(defaultValue = "false") boolean excel) {
        return csv(dashboards.payroll(from, to, asOf), excel);
    }

    @GetMapping("/headcount")
    @PreAuthorize(ConsoleSecurityConfiguration.PAYROLL_FIGURES)
    String headcount(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String asOf, Model model) {
        return show(dashboards.headcount(from, to, asOf), model);
    }

    @GetMapping("/headcount.csv")
    @PreAuthorize(ConsoleSecurityConfiguration.PAYROLL_FIGURES)
    ResponseEntity<String> headcountCsv(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String asOf,
                                        @RequestParam(defaultValue = "false") boolean excel) {
        return csv(dashboards.headcount(from, to, asOf), excel);
    }

    @GetMapping("/stock")
    @PreAuthorize(ConsoleSecurityConfiguration.STOCK_FIGURES)
    String stock(@RequestParam(required = false) String asOf, Model model) {
        return show(dashboards.stock(asOf), model);
    }

    @GetMapping("/stock.csv")
    @PreAuthorize(ConsoleSecurityConfiguration.STOCK_FIGURES)
    ResponseEntity<String> stockCsv(@RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "false") boolean excel) {
        return csv(dashboards.stock(asOf), excel);
    }

    @GetMapping("/budgets")
    @PreAuthorize(ConsoleSecurityConfiguration.FINANCE_FIGURES)
    String budgets(@RequestParam(required = false) String month, @RequestParam(required = false) String asOf,
                   Model model) {
        return show(dashboards.budgets(month, asOf), model);
    }

    @GetMapping("/budgets.csv")
    @PreAuthorize(ConsoleSecurityConfiguration.FINANCE_FIGURES)
    ResponseEntity<String> budgetsCsv(@RequestParam(required = false) String month,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(defaultValue = "false") boolean excel) {
        return csv(dashboards.budgets(month, asOf), excel);
    }

    @GetMapping("/aging")
    @PreAuthorize(ConsoleSecurityConfiguration.FINANCE_FIGURES)
    String aging(@RequestParam(required = false) String at, @RequestParam(required = false) String asOf,
                 Model model) {
        return show(dashboards.aging(at, asOf), model);
    }

    @GetMapping("/aging.csv")
    @PreAuthorize(ConsoleSecurityConfiguration.FINANCE_FIGURES)
    ResponseEntity<String> agingCsv(@RequestParam(required = false) String at,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "false") boolean excel) {
        return csv(dashboards.aging(at, asOf), excel);
    }

    private String show(Dashboard dashboard, Model model) {
        model.addAttribute("dashboard", dashboard);
        try {
            // The chart reads its data from an attribute: the page's policy allows no inline script.
            model.addAttribute("chartJson", json.writeValueAsString(dashboard.chart()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "console/dashboard";
    }

    /** The dashboard's main table; {@code excel}: the variant for Excel (byte-order mark, formulas defused). */
    private static ResponseEntity<String> csv(Dashboard dashboard, boolean excel) {
        return CsvFiles.download(dashboard.csvFileName(), CsvFiles.CSV)
                .body(ConsoleViews.csv(dashboard.tables().get(0), excel));
    }
}
