package dev.urakata.command.it;

import dev.urakata.command.support.TestAggregateKinds;
import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.HrErrors;
import dev.urakata.shared.it.AssignTicketCommand;
import dev.urakata.shared.it.CloseTicketCommand;
import dev.urakata.shared.it.CommentOnTicketCommand;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.OpenTicketCommand;
import dev.urakata.shared.it.ReopenTicketCommand;
import dev.urakata.shared.it.ResolveTicketCommand;
import dev.urakata.shared.it.TicketAssignedEvent;
import dev.urakata.shared.it.TicketClosedEvent;
import dev.urakata.shared.it.TicketCommentedEvent;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.it.TicketReopenedEvent;
import dev.urakata.shared.it.TicketResolvedEvent;
import dev.urakata.shared.it.TicketSlaBreachedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command path of SupportTicket and its SLA deadline. */
class SupportTicketTest {

    static final TicketId TICKET = new TicketId("t-1");
    static final Instant OPENED = Instant.parse("2026-05-04T09:00:00Z");
    // P2: 8 hours by default.
    static final Instant DUE = Instant.parse("2026-05-04T17:00:00Z");

    /** The employee whose number staff1 is: the data subject of the ticket's text. */
    static final String STAFF1_ID = "emp-staff1";

    private AggregateTestFixture<SupportTicket> fixture;
    private UniqueKeys numbers;

    @BeforeEach
    void setUp() {
        numbers = TestUniqueKeys.create();
        numbers.claim(UniqueKeys.EMPLOYEE_NUMBER, "staff1", STAFF1_ID, HrErrors.DUPLICATE_EMPLOYEE_NUMBER);
        fixture = new AggregateTestFixture<>(SupportTicket.class);
        fixture.registerInjectableResource(SupportSlaSettings.defaults());
        fixture.registerInjectableResource(TestAggregateKinds.empty());
        fixture.registerInjectableResource(numbers);
    }

    static OpenTicketCommand open() {
        return new OpenTicketCommand(TICKET, " staff1 ", " VPN down ", " Cannot connect since 8:00 ", "NETWORK",
                TicketPriority.P2, "staff1");
    }

    static TicketOpenedEvent opened() {
        return new TicketOpenedEvent(TICKET, "staff1", "VPN down", "Cannot connect since 8:00", "NETWORK",
                TicketPriority.P2, "staff1", OPENED, DUE, STAFF1_ID);
    }

    static TicketResolvedEvent resolvedAt(Instant at, boolean withinSla) {
        return new TicketResolvedEvent(TICKET, "Token reset", "it", at, withinSla, STAFF1_ID);
    }

    @Nested
    class Opening {
        @Test
        void opensWithTheDueTimeOfItsPriorityAndSchedulesTheSlaDeadline() {
            fixture.givenCurrentTime(OPENED)
                    .when(open())
                    .expectEvents(opened())
                    .expectScheduledDeadlineWithName(DUE, SupportTicket.SLA_DEADLINE);
        }

        /** A staff sign-in acting for itself is no employee: its own name is the subject of the text. */
        @Test
        void aRequesterWhoIsNoEmployeeIsTheirOwnDataSubject() {
            fixture.givenCurrentTime(OPENED)
                    .when(new OpenTicketCommand(TICKET, "@it", "VPN down", "Cannot connect since 8:00", "NETWORK",
                            TicketPriority.P2, "it"))
                    .expectEvents(new TicketOpenedEvent(TICKET, "@it", "VPN down", "Cannot connect since 8:00",
                            "NETWORK", TicketPriority.P2, "it", OPENED, DUE, "@it"));
        }

        /** A ticket opened before the field existed names no subject: the number it was opened for stands in. */
        @Test
        void aTicketOpenedBeforeRequesterIdsExistedUsesItsRequesterNumber() {
            fixture.givenCurrentTime(OPENED).andGiven(new TicketOpenedEvent(TICKET, "staff1", "VPN down",
                            "Cannot connect since 8:00", "NETWORK", TicketPriority.P2, "staff1", OPENED, DUE, null))
                    .when(new CommentOnTicketCommand(TICKET, "it", null, "looking"))
                    .expectEvents(new TicketCommentedEvent(TICKET, "it", "looking", OPENED, "staff1"));
        }

        @Test
        void theResolutionTimesComeFromTheSettings() {
            fixture = new AggregateTestFixture<>(SupportTicket.class);
            fixture.registerInjectableResource(TestAggregateKinds.empty());
            fixture.registerInjectableResource(numbers);
            fixture.registerInjectableResource(new SupportSlaSettings(Duration.ofHours(1), Duration.ofHours(2),
                    Duration.ofHours(3), Duration.ofHours(4)));
            fixture.givenCurrentTime(OPENED)
                    .when(open())
                    .expectScheduledDeadlineWithName(OPENED.plus(Duration.ofHours(2)), SupportTicket.SLA_DEADLINE);
        }

        @Test
        void refusesBadInput() {
            fixture.givenNoPriorActivity()
                    .when(new OpenTicketCommand(TICKET, "staff1", " ", "d", "NETWORK", TicketPriority.P2, "staff1"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
            fixture.givenNoPriorActivity()
                    .when(new OpenTicketCommand(TICKET, "staff1", "s", "d", "network", TicketPriority.P2, "staff1"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
            fixture.givenNoPriorActivity()
                    .when(new OpenTicketCommand(TICKET, "staff1", "s", "d", "NETWORK", null, "staff1"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT))
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Sla {
        @Test
        void isBreachedOnceWhenTheDeadlineFiresWhileOpen() {
            fixture.givenCurrentTime(OPENED)
                    .andGivenCommands(open())
                    .whenTimeElapses(Duration.ofHours(8))
                    .expectDeadlinesMet(DUE)
                    .expectTriggeredDeadlinesWithName(SupportTicket.SLA_DEADLINE)
                    .expectEvents(new TicketSlaBreachedEvent(TICKET, TicketPriority.P2, DUE));
        }

        @Test
        void isNotBreachedBeforeTheDeadline() {
            fixture.givenCurrentTime(OPENED)
                    .andGivenCommands(open())
                    .whenTimeElapses(Duration.ofHours(8).minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void resolvingCancelsTheDeadlineSoItNeverFires() {
            fixture.givenCurrentTime(OPENED)
                    .andGivenCommands(open())
                    .when(new ResolveTicketCommand(TICKET, " Token reset ", "it"))
                    .expectEvents(resolvedAt(OPENED, true))
                    .expectNoScheduledDeadlines();
            fixture.givenCurrentTime(OPENED)
                    .andGivenCommands(open(), new ResolveTicketCommand(TICKET, "Token reset", "it"))
                    .whenTimeElapses(Duration.ofDays(2))
                    .expectNoEvents();
        }

        @Test
        void aBreachedTicketIsResolvedOutsideTheSla() {
            fixture.givenCurrentTime(OPENED)
                    .andGiven(opened(), new TicketSlaBreachedEvent(TICKET, TicketPriority.P2, DUE))
                    .when(new ResolveTicketCommand(TICKET, "Token reset", "it"))
                    .expectEvents(resolvedAt(OPENED, false));
        }

        @Test
        void reopeningRunsTheOriginalDeadlineAgainIfNotYetBreached() {
            Instant reopened = OPENED.plus(Duration.ofHours(1));
            fixture.givenCurrentTime(reopened)
                    .andGiven(opened(), resolvedAt(OPENED, true))
                    .when(new ReopenTicketCommand(TICKET, "still down", "it"))
                    .expectEvents(new TicketReopenedEvent(TICKET, "still down", "it", reopened, DUE, STAFF1_ID))
                    .expectScheduledDeadlineWithName(DUE, SupportTicket.SLA_DEADLINE);
        }

        @Test
        void reopeningABreachedTicketSchedulesNothingAndNeverBreachesTwice() {
            Instant reopened = DUE.plus(Duration.ofHours(1));
            fixture.givenCurrentTime(reopened)
                    .andGiven(opened(), new TicketSlaBreachedEvent(TICKET, TicketPriority.P2, DUE),
                            resolvedAt(reopened, false))
                    .when(new ReopenTicketCommand(TICKET, "still down", "it"))
                    .expectEvents(new TicketReopenedEvent(TICKET, "still down", "it", reopened, null, STAFF1_ID))
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Steps {
        @Test
        void assignsAnOpenTicketAndRefusesAResolvedOne() {
            fixture.given(opened())
                    .when(new AssignTicketCommand(TICKET, "it", "admin"))
                    .expectEvents(new TicketAssignedEvent(TICKET, "it", "admin"));
            fixture.given(opened(), resolvedAt(OPENED, true))
                    .when(new AssignTicketCommand(TICKET, "it", "admin"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
            fixture.given(opened())
                    .when(new AssignTicketCommand(TICKET, "not a user", "admin"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        }

        @Test
        void theRequesterAndStaffCommentButNotAnotherEmployee() {
            fixture.givenCurrentTime(OPENED).andGiven(opened())
                    .when(new CommentOnTicketCommand(TICKET, "staff1", "staff1", " still broken "))
                    .expectEvents(new TicketCommentedEvent(TICKET, "staff1", "still broken", OPENED, STAFF1_ID));
            fixture.givenCurrentTime(OPENED).andGiven(opened())
                    .when(new CommentOnTicketCommand(TICKET, "it", null, "looking"))
                    .expectEvents(new TicketCommentedEvent(TICKET, "it", "looking", OPENED, STAFF1_ID));
            fixture.given(opened())
                    .when(new CommentOnTicketCommand(TICKET, "staff2", "staff2", "me too"))
                    .expectException(refusedWith(CommonErrors.FORBIDDEN))
                    .expectNoEvents();
            fixture.given(opened())
                    .when(new CommentOnTicketCommand(TICKET, "it", null, " "))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        }

        @Test
        void closesOnlyAResolvedTicketAndAClosedOneTakesNothing() {
            TicketClosedEvent closed = new TicketClosedEvent(TICKET, "it", OPENED);
            fixture.givenCurrentTime(OPENED).andGiven(opened(), resolvedAt(OPENED, true))
                    .when(new CloseTicketCommand(TICKET, "it"))
                    .expectEvents(closed);
            fixture.given(opened())
                    .when(new CloseTicketCommand(TICKET, "it"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
            fixture.given(opened(), resolvedAt(OPENED, true), closed)
                    .when(new ReopenTicketCommand(TICKET, "again", "it"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
            fixture.given(opened(), resolvedAt(OPENED, true), closed)
                    .when(new CommentOnTicketCommand(TICKET, "it", null, "hello"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
        }

        @Test
        void refusesToResolveTwiceOrToReopenAnOpenTicket() {
            fixture.given(opened(), resolvedAt(OPENED, true))
                    .when(new ResolveTicketCommand(TICKET, "again", "it"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
            fixture.given(opened())
                    .when(new ReopenTicketCommand(TICKET, "why", "it"))
                    .expectException(refusedWith(ItErrors.TICKET_STATUS_CONFLICT));
            fixture.given(opened())
                    .when(new ResolveTicketCommand(TICKET, " ", "it"))
                    .expectException(refusedWith(CommonErrors.INVALID_INPUT));
        }
    }
}
