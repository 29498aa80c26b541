package dev.urakata.command.legal;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.legal.ChangeLegalCaseStatusCommand;
import dev.urakata.shared.legal.LegalCaseId;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseNoteRecordedEvent;
import dev.urakata.shared.legal.LegalCaseOpenedEvent;
import dev.urakata.shared.legal.LegalCaseStatus;
import dev.urakata.shared.legal.LegalCaseStatusChangedEvent;
import dev.urakata.shared.legal.LegalErrors;
import dev.urakata.shared.legal.OpenLegalCaseCommand;
import dev.urakata.shared.legal.RecordLegalCaseNoteCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Opening (idempotently), noting and moving a legal case; a closed case accepts nothing. */
class LegalCaseTest {

    static final LegalCaseId ID = new LegalCaseId("case-1");
    static final OpenLegalCaseCommand OPEN = new OpenLegalCaseCommand(ID, LegalCaseKind.COLLECTION, "cus-1",
            "Unpaid invoice", "inv-9");
    static final LegalCaseOpenedEvent OPENED = new LegalCaseOpenedEvent(ID, LegalCaseKind.COLLECTION, "cus-1",
            "Unpaid invoice", "inv-9");

    private AggregateTestFixture<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalCase.class);
    }

    @Test
    void openingRecordsTheFacts() {
        fixture.givenNoPriorActivity().when(OPEN).expectEvents(OPENED);
    }

    @Test
    void openingTheSameCaseAgainRecordsNothing() {
        fixture.given(OPENED).when(OPEN).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void otherFactsUnderAnExistingIdAreRefused() {
        fixture.given(OPENED).when(new OpenLegalCaseCommand(ID, LegalCaseKind.COLLECTION, "cus-1", "Unpaid invoice",
                "inv-10")).expectException(refusedWith(CommonErrors.ALREADY_EXISTS)).expectNoEvents();
    }

    @Test
    void aCaseWithoutSubjectIsRefused() {
        fixture.givenNoPriorActivity().when(new OpenLegalCaseCommand(ID, LegalCaseKind.OTHER, null, "", null))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void notesAreRecorded() {
        fixture.given(OPENED).when(new RecordLegalCaseNoteCommand(ID, " Sent to the lawyer "))
                .expectEvents(new LegalCaseNoteRecordedEvent(ID, "Sent to the lawyer"));
    }

    @Test
    void anEmptyNoteIsRefused() {
        fixture.given(OPENED).when(new RecordLegalCaseNoteCommand(ID, " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void aCaseMovesFromOpenToInProgressToSettled() {
        fixture.given(OPENED).when(new ChangeLegalCaseStatusCommand(ID, LegalCaseStatus.IN_PROGRESS, null))
                .expectEvents(new LegalCaseStatusChangedEvent(ID, LegalCaseStatus.OPEN, LegalCaseStatus.IN_PROGRESS,
                        null));
        fixture.given(OPENED, new LegalCaseStatusChangedEvent(ID, LegalCaseStatus.OPEN, LegalCaseStatus.IN_PROGRESS,
                        null))
                .when(new ChangeLegalCaseStatusCommand(ID, LegalCaseStatus.SETTLED, "Paid in full"))
                .expectEvents(new LegalCaseStatusChangedEvent(ID, LegalCaseStatus.IN_PROGRESS,
                        LegalCaseStatus.SETTLED, "Paid in full"));
    }

    @Test
    void backToOpenOrTheSameStatusIsRefused() {
        fixture.given(OPENED).when(new ChangeLegalCaseStatusCommand(ID, LegalCaseStatus.OPEN, null))
                .expectException(refusedWith(LegalErrors.LEGAL_CASE_STATUS_CONFLICT)).expectNoEvents();
    }

    @Test
    void aClosedCaseAcceptsNothing() {
        LegalCaseStatusChangedEvent won = new LegalCaseStatusChangedEvent(ID, LegalCaseStatus.OPEN,
                LegalCaseStatus.WON, null);
        fixture.given(OPENED, won).when(new RecordLegalCaseNoteCommand(ID, "more"))
                .expectException(refusedWith(LegalErrors.LEGAL_CASE_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(OPENED, won).when(new ChangeLegalCaseStatusCommand(ID, LegalCaseStatus.LOST, null))
                .expectException(refusedWith(LegalErrors.LEGAL_CASE_STATUS_CONFLICT)).expectNoEvents();
    }
}
