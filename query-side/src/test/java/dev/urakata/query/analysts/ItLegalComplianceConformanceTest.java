package dev.urakata.query.analysts;

import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.finance.InvoiceIssuedEvent;
import dev.urakata.shared.finance.PaymentAllocatedEvent;
import dev.urakata.shared.finance.PaymentId;
import dev.urakata.shared.finance.InvoiceStatus;
import java.math.BigDecimal;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.query.compliance.PolicyProjection;
import dev.urakata.query.compliance.RiskRegisterProjection;
import dev.urakata.query.it.AssetRegisterProjection;
import dev.urakata.query.it.SecurityIncidentProjection;
import dev.urakata.query.it.SupportTicketProjection;
import dev.urakata.query.legal.ContractProjection;
import dev.urakata.query.legal.LegalCaseProjection;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.RiskAssessedEvent;
import dev.urakata.shared.compliance.RiskClosedEvent;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.compliance.RiskIdentifiedEvent;
import dev.urakata.shared.compliance.RiskMitigationPlannedEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetRegisteredEvent;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.SecurityIncidentContainedEvent;
import dev.urakata.shared.it.SecurityIncidentId;
import dev.urakata.shared.it.SecurityIncidentReportedEvent;
import dev.urakata.shared.it.SecurityIncidentResolvedEvent;
import dev.urakata.shared.it.TicketAssignedEvent;
import dev.urakata.shared.it.TicketCommentedEvent;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketResolvedEvent;
import dev.urakata.shared.legal.ContractActivatedEvent;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.legal.ContractTerminatedEvent;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseNoteRecordedEvent;
import dev.urakata.shared.legal.LegalCaseOpenedEvent;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseStatusChangedEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;

/**
 * The IT, legal and compliance read models of the catalogue hold what their entries say, once their projections
 * applied events that fill every field, optional ones too. The events go through Axon's handler adapter, as a
 * processor delivers them, since the handlers are not visible outside their packages.
 */
class ItLegalComplianceConformanceTest {

    static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void theItReadModelsAreStoredAsCatalogued() throws Exception {
        AnnotationEventHandlerAdapter tickets = new AnnotationEventHandlerAdapter(
                new SupportTicketProjection(mongo.template()));
        TicketId vpn = new TicketId("t-vpn");
        deliver(tickets, 0, new TicketOpenedEvent(vpn, "staff1", "VPN", "Down", "NETWORK", TicketPriority.P2,
                "staff1", NINE, NINE.plusSeconds(8 * 3600), "emp-staff1"));
        deliver(tickets, 0, new TicketOpenedEvent(new TicketId("t-mouse"), "staff2", "Mouse", "Broken", "HARDWARE",
                TicketPriority.P4, "staff2", NINE, NINE.plusSeconds(120 * 3600), "emp-staff2"));
        deliver(tickets, 1, new TicketAssignedEvent(vpn, "it", "admin"));
        deliver(tickets, 2, new TicketCommentedEvent(vpn, "it", "looking", NINE.plusSeconds(60), "emp-staff1"));
        deliver(tickets, 3, new TicketResolvedEvent(vpn, "Token reset", "it", NINE.plusSeconds(120), true,
                "emp-staff1"));

        AnnotationEventHandlerAdapter assets = new AnnotationEventHandlerAdapter(
                new AssetRegisterProjection(mongo.template()));
        AssetId laptop = new AssetId("a-laptop");
        deliver(assets, 0, new AssetRegisteredEvent(laptop, AssetType.LAPTOP, "SN-1", "ThinkPad"));
        deliver(assets, 0, new AssetRegisteredEvent(new AssetId("a-phone"), AssetType.PHONE, "SN-2", "Pixel"));
        deliver(assets, 1, new AssetAssignedEvent(laptop, AssetType.LAPTOP, new EmployeeId("aiko"), MAY));

        AnnotationEventHandlerAdapter incidents = new AnnotationEventHandlerAdapter(
                new SecurityIncidentProjection(mongo.template()));
        SecurityIncidentId phishing = new SecurityIncidentId("i-1");
        deliver(incidents, 0, new SecurityIncidentReportedEvent(phishing, IncidentSeverity.HIGH, "Phishing",
                "Clicked", "staff1", NINE));
        deliver(incidents, 0, new SecurityIncidentReportedEvent(new SecurityIncidentId("i-2"), IncidentSeverity.LOW,
                "Lost badge", "On the train", "staff2", NINE));
        deliver(incidents, 1, new SecurityIncidentContainedEvent(phishing, "Password reset", "it",
                NINE.plusSeconds(60)));
        deliver(incidents, 2, new SecurityIncidentResolvedEvent(phishing, "Mail filter", "Filter tightened", "it",
                NINE.plusSeconds(120)));

        assertAllConform(ItReadModels.ALL);
    }

    @Test
    void theLegalReadModelsAreStoredAsCatalogued() throws Exception {
        AnnotationEventHandlerAdapter contracts = new AnnotationEventHandlerAdapter(
                new ContractProjection(mongo.template()));
        ContractId lease = new ContractId("c-lease");
        deliver(contracts, 0, new ContractDraftedEvent(lease, ContractKind.SUPPLIER, "sup-1", "Office lease", MAY,
                LocalDate.of(2027, 4, 30)));
        deliver(contracts, 1, new ContractSignedEvent(lease, ContractKind.SUPPLIER, "sup-1", MAY));
        deliver(contracts, 2, new ContractActivatedEvent(lease, ContractKind.SUPPLIER, "sup-1", MAY));
        deliver(contracts, 3, new ContractTerminatedEvent(lease, ContractKind.SUPPLIER, "sup-1",
                LocalDate.of(2026, 9, 30), "moved"));
        deliver(contracts, 0, new ContractDraftedEvent(new ContractId("c-aiko"), ContractKind.EMPLOYMENT, "aiko",
                "Employment", MAY, null));
        // A billed customer contract and its first invoice, paid in part.
        ContractId support = new ContractId("c-support");
        ContractBilling monthly = new ContractBilling(Money.of("90000", "JPY"), BillingPlan.MONTHLY, 3, "STANDARD");
        deliver(contracts, 0, new ContractDraftedEvent(support, ContractKind.CUSTOMER, "cust-1", "Support", MAY, null,
                monthly));
        deliver(contracts, 1, new ContractSignedEvent(support, ContractKind.CUSTOMER, "cust-1", MAY, monthly));
        CustomerId customer = new CustomerId("cust-1");
        InvoiceId first = new InvoiceId("c-support-1");
        deliver(contracts, 1, new InvoiceDraftedEvent(customer, first, "JPY", List.of(new InvoiceLine("Support",
                BigDecimal.ONE, Money.of("30000", "JPY"), "STANDARD")), support));
        deliver(contracts, 2, new InvoiceIssuedEvent(customer, first, MAY, MAY.plusDays(30), List.of(),
                Money.of("30000", "JPY"), Money.of("3000", "JPY"), Money.of("33000", "JPY")));
        deliver(contracts, 3, new PaymentAllocatedEvent(customer, new PaymentId("pay-1"), first,
                Money.of("10000", "JPY"), MAY, Money.of("23000", "JPY"), InvoiceStatus.PARTIALLY_PAID));

        AnnotationEventHandlerAdapter cases = new AnnotationEventHandlerAdapter(
                new LegalCaseProjection(mongo.template()));
        LegalCaseId dispute = new LegalCaseId("case-1");
        deliver(cases, 0, new LegalCaseOpenedEvent(dispute, LegalCaseKind.COLLECTION, "cust-1", "Unpaid invoice",
                "INV-7"));
        deliver(cases, 1, new LegalCaseNoteRecordedEvent(dispute, "Letter sent"));
        deliver(cases, 2, new LegalCaseStatusChangedEvent(dispute, LegalCaseStatus.OPEN, LegalCaseStatus.SETTLED,
                "Paid"));
        deliver(cases, 0, new LegalCaseOpenedEvent(new LegalCaseId("case-2"), LegalCaseKind.REGULATORY, null,
                "Inquiry", null));

        assertAllConform(LegalReadModels.ALL);
    }

    @Test
    void theComplianceReadModelsAreStoredAsCatalogued() throws Exception {
        AnnotationEventHandlerAdapter policies = new AnnotationEventHandlerAdapter(
                new PolicyProjection(mongo.template()));
        deliver(policies, 0, new PolicyVersionPublishedEvent("PRIVACY", "Privacy", 1, true));
        deliver(policies, 1, new PolicyVersionPublishedEvent("PRIVACY", "Privacy (2026)", 2, false));

        AnnotationEventHandlerAdapter risks = new AnnotationEventHandlerAdapter(
                new RiskRegisterProjection(mongo.template()));
        RiskId theft = new RiskId("theft");
        RiskId fire = new RiskId("fire");
        deliver(risks, 0, new RiskIdentifiedEvent(theft, "Laptop theft", "DATA_PROTECTION", "it"));
        deliver(risks, 1, new RiskAssessedEvent(theft, 4, 4, 16));
        deliver(risks, 2, new RiskMitigationPlannedEvent(theft, "Encrypt disks", MAY));
        deliver(risks, 0, new RiskIdentifiedEvent(fire, "Office fire", "SAFETY", "ops"));
        deliver(risks, 1, new RiskClosedEvent(fire, "Sprinklers installed"));

        assertAllConform(ComplianceReadModels.ALL);
    }

    private void assertAllConform(List<ReadModel> models) {
        models.forEach(model -> assertConforms(model, mongo.template()));
    }

    /** Delivers {@code payload} as event {@code sequence} of its aggregate, caused by user {@code legal}. */
    private static void deliver(AnnotationEventHandlerAdapter projection, long sequence, Object payload)
            throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Aggregate", "aggregate", sequence, payload,
                MetaData.with(MetadataKeys.USER, "legal"), UUID.randomUUID().toString(), NINE.plusSeconds(sequence)));
    }
}
