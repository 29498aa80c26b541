package dev.urakata.query.it;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetAssignedEvent;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetPage;
import dev.urakata.shared.it.AssetRegisteredEvent;
import dev.urakata.shared.it.AssetRetiredEvent;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetStatus;
import dev.urakata.shared.it.AssetSummary;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.AssetsHeldQuery;
import dev.urakata.shared.it.EmployeeSystemAccounts;
import dev.urakata.shared.it.FindSystemAccountsQuery;
import dev.urakata.shared.it.FindTicketQuery;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.IncidentStatus;
import dev.urakata.shared.it.ListAssetsQuery;
import dev.urakata.shared.it.ListSecurityIncidentsQuery;
import dev.urakata.shared.it.ListTicketsQuery;
import dev.urakata.shared.it.SecurityIncidentContainedEvent;
import dev.urakata.shared.it.SecurityIncidentId;
import dev.urakata.shared.it.SecurityIncidentPage;
import dev.urakata.shared.it.SecurityIncidentReportedEvent;
import dev.urakata.shared.it.SystemAccount;
import dev.urakata.shared.it.SystemAccountProvisionedEvent;
import dev.urakata.shared.it.SystemAccountRevokedEvent;
import dev.urakata.shared.it.TicketAssignedEvent;
import dev.urakata.shared.it.TicketComment;
import dev.urakata.shared.it.TicketCommentedEvent;
import dev.urakata.shared.it.TicketDetails;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPage;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketReopenedEvent;
import dev.urakata.shared.it.TicketResolvedEvent;
import dev.urakata.shared.it.TicketSlaBreachedEvent;
import dev.urakata.shared.it.TicketStatus;
import dev.urakata.shared.it.TicketSummary;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The IT read models on the embedded MongoDB-wire server. */
class ItProjectionsTest {

    static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");
    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final EmployeeId KEN = new EmployeeId("ken");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    static TicketOpenedEvent opened(String id, String requester, TicketPriority priority, int dueInHours) {
        return new TicketOpenedEvent(new TicketId(id), requester, "Subject " + id, "Description " + id, "HARDWARE",
                priority, requester, NINE, NINE.plusSeconds(dueInHours * 3600L), "emp-" + requester);
    }

    @Test
    void ticketsShowTheirSlaStatusAtTheInstantAskedAboutMostUrgentFirst() {
        SupportTicketProjection tickets = new SupportTicketProjection(mongo.template());
        TicketId vpn = new TicketId("t-vpn");
        tickets.on(opened("t-vpn", "staff1", TicketPriority.P2, 8));
        tickets.on(opened("t-mouse", "staff2", TicketPriority.P4, 120));
        tickets.on(opened("t-down", "staff2", TicketPriority.P1, 1));
        tickets.on(new TicketAssignedEvent(vpn, "it", "admin"));
        tickets.on(new TicketSlaBreachedEvent(new TicketId("t-down"), TicketPriority.P1,
                NINE.plusSeconds(3600)));
        tickets.on(new TicketResolvedEvent(new TicketId("t-mouse"), "New mouse", "it", NINE.plusSeconds(60), true,
                "emp-staff2"));

        // At 12:30: the VPN ticket has 4h30 left; the outage (due 10:00) is breached by 2h30; the mouse is
        // resolved (no clock).
        Instant at = Instant.parse("2026-05-04T12:30:00Z");
        TicketPage all = tickets.handle(new ListTicketsQuery(null, null, null, null, at, 0, 10));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(s -> s.ticketId().value(), TicketSummary::status, TicketSummary::breached,
                        TicketSummary::remainingMinutes)
                .containsExactly(tuple("t-down", TicketStatus.OPEN, true, -150L),
                        tuple("t-vpn", TicketStatus.OPEN, false, 270L),
                        tuple("t-mouse", TicketStatus.RESOLVED, false, null));

        // Filters; and at 17:00 the VPN ticket's deadline has passed even before its breach event arrives.
        TicketPage open = tickets.handle(new ListTicketsQuery(TicketStatus.OPEN, TicketPriority.P2, "it", "staff1",
                Instant.parse("2026-05-04T17:00:00Z"), 0, 10));
        assertThat(open.items()).singleElement().satisfies(s -> {
            assertThat(s.ticketId()).isEqualTo(vpn);
            assertThat(s.assignee()).isEqualTo("it");
            assertThat(s.breached()).isTrue();
            assertThat(s.remainingMinutes()).isZero();
        });
        assertThat(tickets.handle(new ListTicketsQuery(null, null, null, "staff2", at, 0, 10)).total()).isEqualTo(2);
    }

    @Test
    void aTicketKeepsItsCommentsOnceEachInOrderAndFollowsAReopen() {
        SupportTicketProjection tickets = new SupportTicketProjection(mongo.template());
        TicketId vpn = new TicketId("t-vpn");
        tickets.on(opened("t-vpn", "staff1", TicketPriority.P2, 8));
        EventMessage<TicketCommentedEvent> first = GenericEventMessage.asEventMessage(
                new TicketCommentedEvent(vpn, "staff1", "still down", NINE.plusSeconds(60), "emp-staff1"));
        EventMessage<TicketCommentedEvent> second = GenericEventMessage.asEventMessage(
                new TicketCommentedEvent(vpn, "it", "looking", NINE.plusSeconds(120), "emp-staff1"));
        tickets.on(second.getPayload(), second);
        tickets.on(first.getPayload(), first);
        tickets.on(first.getPayload(), first); // redelivered
        tickets.on(new TicketResolvedEvent(vpn, "Token reset", "it", NINE.plusSeconds(180), true, "emp-staff1"));
        tickets.on(new TicketReopenedEvent(vpn, "down again", "it", NINE.plusSeconds(240), NINE.plusSeconds(8 * 3600),
                "emp-staff1"));

        TicketDetails details = tickets.handle(new FindTicketQuery(vpn, NINE)).orElseThrow();
        assertThat(details.comments()).extracting(TicketComment::author, TicketComment::text)
                .containsExactly(tuple("staff1", "still down"), tuple("it", "looking"));
        assertThat(details.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(details.ticket().remainingMinutes()).isEqualTo(480L);
        assertThat(details.resolution()).isEqualTo("Token reset");
        assertThat(details.description()).isEqualTo("Description t-vpn");
        assertThat(tickets.handle(new FindTicketQuery(new TicketId("nope"), NINE))).isEmpty();
    }

    /** Everything written about the requester is erased with them; another requester's ticket is untouched. */
    @Test
    void anErasureOfTheRequesterOverwritesTheTicketsText() {
        SupportTicketProjection tickets = new SupportTicketProjection(mongo.template());
        TicketId vpn = new TicketId("t-vpn");
        tickets.on(opened("t-vpn", "staff1", TicketPriority.P2, 8));
        tickets.on(opened("t-mouse", "staff2", TicketPriority.P4, 120));
        EventMessage<TicketCommentedEvent> comment = GenericEventMessage.asEventMessage(
                new TicketCommentedEvent(vpn, "it", "Aiko's token is broken", NINE.plusSeconds(60), "emp-staff1"));
        tickets.on(comment.getPayload(), comment);
        tickets.on(new TicketResolvedEvent(vpn, "Reset Aiko's token", "it", NINE.plusSeconds(180), true,
                "emp-staff1"));

        tickets.on(new PersonalDataErasedEvent(new DataSubjectId("emp-staff1"), "request"));

        TicketDetails erased = tickets.handle(new FindTicketQuery(vpn, NINE)).orElseThrow();
        assertThat(erased.toString()).doesNotContain("Aiko", "t-vpn\"");
        assertThat(erased.ticket().subject()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.description()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.resolution()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.comments()).extracting(TicketComment::author, TicketComment::text)
                .containsExactly(tuple("it", PersonalDataFields.ERASED));
        assertThat(erased.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        TicketDetails untouched = tickets.handle(new FindTicketQuery(new TicketId("t-mouse"), NINE)).orElseThrow();
        assertThat(untouched.description()).isEqualTo("Description t-mouse");
        assertThat(untouched.resolution()).isNull();
    }

    @Test
    void theAssetRegisterFollowsAssignmentsAndAnswersWhoHoldsWhat() {
        AssetRegisterProjection assets = new AssetRegisterProjection(mongo.template());
        AssetId laptop = new AssetId("a-laptop");
        AssetId phone = new AssetId("a-phone");
        AssetId old = new AssetId("a-old");
        assets.on(new AssetRegisteredEvent(laptop, AssetType.LAPTOP, "SN-1", "ThinkPad"));
        assets.on(new AssetRegisteredEvent(phone, AssetType.PHONE, "SN-2", "Pixel"));
        assets.on(new AssetRegisteredEvent(old, AssetType.LAPTOP, "SN-0", "Old"));
        AssetAssignedEvent laptopToAiko = new AssetAssignedEvent(laptop, AssetType.LAPTOP, AIKO,
                LocalDate.of(2026, 5, 1));
        assets.on(laptopToAiko);
        assets.on(laptopToAiko); // redelivered
        assets.on(new AssetAssignedEvent(phone, AssetType.PHONE, AIKO, LocalDate.of(2026, 5, 1)));
        assets.on(new AssetReturnedEvent(phone, AssetType.PHONE, AIKO, LocalDate.of(2026, 5, 20), "ok"));
        assets.on(new AssetRetiredEvent(old, AssetType.LAPTOP, LocalDate.of(2026, 5, 2), "battery"));

        assertThat(assets.handle(new AssetsHeldQuery(AIKO))).containsExactly(laptop);
        assertThat(assets.handle(new AssetsHeldQuery(KEN))).isEmpty();

        AssetPage all = assets.handle(new ListAssetsQuery(null, null, null, 0, 10));
        assertThat(all.items()).extracting(AssetSummary::serialNumber, AssetSummary::status, AssetSummary::holder)
                .containsExactly(tuple("SN-0", AssetStatus.RETIRED, null), tuple("SN-1", AssetStatus.ASSIGNED, AIKO),
                        tuple("SN-2", AssetStatus.AVAILABLE, null));
        assertThat(assets.handle(new ListAssetsQuery(AIKO, null, null, 0, 10)).items())
                .extracting(AssetSummary::assetId).containsExactly(laptop);
        assertThat(assets.handle(new ListAssetsQuery(null, AssetStatus.AVAILABLE, AssetType.PHONE, 0, 10)).items())
                .extracting(AssetSummary::assetId).containsExactly(phone);
    }

    @Test
    void systemAccountsShowActiveAndRevokedWithTheirDates() {
        SystemAccountsProjection accounts = new SystemAccountsProjection(mongo.template());
        Instant t1 = Instant.parse("2026-05-01T09:00:00Z");
        Instant t2 = Instant.parse("2026-06-30T18:00:00Z");
        accounts.on(new SystemAccountProvisionedEvent(AIKO, "sso", "onboarding"), t1);
        accounts.on(new SystemAccountProvisionedEvent(AIKO, "email", "onboarding"), t1);
        accounts.on(new SystemAccountRevokedEvent(AIKO, "sso", "offboarding"), t2);
        accounts.on(new SystemAccountRevokedEvent(AIKO, "sso", "offboarding"), t2); // redelivered
        accounts.on(new SystemAccountProvisionedEvent(KEN, "erp", "onboarding"), t1);

        EmployeeSystemAccounts aiko = accounts.handle(new FindSystemAccountsQuery(AIKO));
        assertThat(aiko.accounts()).containsExactly(
                new SystemAccount("email", true, t1, "onboarding", null, null),
                new SystemAccount("sso", false, t1, "onboarding", t2, "offboarding"));
        assertThat(accounts.handle(new FindSystemAccountsQuery(new EmployeeId("nobody"))).accounts()).isEmpty();

        // Provisioned again later: active, with the new date and no revocation.
        Instant t3 = Instant.parse("2026-09-01T09:00:00Z");
        accounts.on(new SystemAccountProvisionedEvent(AIKO, "sso", "rehired"), t3);
        assertThat(accounts.handle(new FindSystemAccountsQuery(AIKO)).accounts()).contains(
                new SystemAccount("sso", true, t3, "rehired", null, null));

        // The reasons are free text about the employee: erased with them, the accounts and dates stay.
        accounts.on(new SystemAccountRevokedEvent(AIKO, "email", "Aiko left for a rival"), t3);
        accounts.on(new PersonalDataErasedEvent(new DataSubjectId(AIKO.value()), "request"));
        assertThat(accounts.handle(new FindSystemAccountsQuery(AIKO)).accounts()).containsExactly(
                new SystemAccount("email", false, t1, PersonalDataFields.ERASED, t3, PersonalDataFields.ERASED),
                new SystemAccount("sso", true, t3, PersonalDataFields.ERASED, null, null));
        assertThat(accounts.handle(new FindSystemAccountsQuery(KEN)).accounts().get(0).provisionReason())
                .isEqualTo("onboarding");
    }

    @Test
    void securityIncidentsNewestFirstWithTheirProgress() {
        SecurityIncidentProjection incidents = new SecurityIncidentProjection(mongo.template());
        SecurityIncidentId phishing = new SecurityIncidentId("i-1");
        SecurityIncidentId laptop = new SecurityIncidentId("i-2");
        incidents.on(new SecurityIncidentReportedEvent(phishing, IncidentSeverity.HIGH, "Phishing", "Clicked",
                "staff1", NINE));
        incidents.on(new SecurityIncidentReportedEvent(laptop, IncidentSeverity.LOW, "Lost badge", "On the train",
                "staff2", NINE.plusSeconds(60)));
        incidents.on(new SecurityIncidentContainedEvent(phishing, "Password reset", "it", NINE.plusSeconds(120)));

        SecurityIncidentPage page = incidents.handle(new ListSecurityIncidentsQuery(null, null, 0, 10));
        assertThat(page.items()).extracting(i -> i.incidentId().value(), i -> i.status())
                .containsExactly(tuple("i-2", IncidentStatus.REPORTED), tuple("i-1", IncidentStatus.CONTAINED));
        assertThat(incidents.handle(new ListSecurityIncidentsQuery(IncidentStatus.CONTAINED, IncidentSeverity.HIGH,
                0, 10)).items()).singleElement()
                .satisfies(i -> assertThat(i.containmentNote()).isEqualTo("Password reset"));
        assertThat(incidents.handle(new ListSecurityIncidentsQuery(null, IncidentSeverity.CRITICAL, 0, 10)).total())
                .isZero();
    }

    @Test
    void analystViewsLeaveOutWhoIsConcerned() {
        TicketSummary ticket = new TicketSummary(new TicketId("t"), "staff1", "My VPN", "NETWORK", TicketPriority.P2,
                TicketStatus.OPEN, "it", NINE, NINE, false, 10L, null);
        assertThat(ticket.withoutPersonalData()).extracting(TicketSummary::requester, TicketSummary::subject,
                TicketSummary::assignee, TicketSummary::priority).containsExactly(null, null, null, TicketPriority.P2);
        assertThat(List.of(new AssetSummary(new AssetId("a"), AssetType.LAPTOP, "SN", "m", AssetStatus.ASSIGNED, AIKO,
                LocalDate.of(2026, 5, 1)).withoutPersonalData())).extracting(AssetSummary::holder).containsOnlyNulls();
    }
}
