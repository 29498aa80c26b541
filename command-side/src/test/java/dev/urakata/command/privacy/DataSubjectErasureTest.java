package dev.urakata.command.privacy;

import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.shared.privacy.ErasePersonalDataCommand;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.PrivacyErrors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static dev.urakata.command.support.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command path of an erasure, and the key shredder that backs it up. */
class DataSubjectErasureTest {

    private static final DataSubjectId SUBJECT = new DataSubjectId("emp-1");

    private SubjectKeyStore keys;
    private AggregateTestFixture<DataSubjectErasure> fixture;

    @BeforeEach
    void setUp() {
        keys = new SubjectKeyStore(EmbeddedDatabase.create(), Duration.ofSeconds(10), Clock.systemUTC(), () -> { });
        fixture = new AggregateTestFixture<>(DataSubjectErasure.class);
        fixture.registerInjectableResource(keys);
    }

    @Test
    void erasesAKnownSubjectAndDestroysItsKeyOnceTheEventIsCommitted() {
        keys.keyForWriting("emp-1");

        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand(SUBJECT, " request GDPR-17 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonalDataErasedEvent(SUBJECT, "request GDPR-17"));

        assertThat(keys.erased("emp-1")).isTrue();
        assertThat(keys.keyFor("emp-1")).isEmpty();
    }

    @Test
    void refusesASecondErasure() {
        keys.keyForWriting("emp-1");
        fixture.given(new PersonalDataErasedEvent(SUBJECT, "first"))
                .when(new ErasePersonalDataCommand(SUBJECT, "again"))
                .expectException(refusedWith(PrivacyErrors.ALREADY_ERASED))
                .expectNoEvents();
    }

    @Test
    void refusesASubjectNothingWasEverRecordedAbout() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand(new DataSubjectId("nobody"), "request"))
                .expectException(refusedWith(PrivacyErrors.DATA_SUBJECT_UNKNOWN))
                .expectNoEvents();
        assertThat(keys.known("nobody")).isFalse();
    }

    @Test
    void refusesAnErasureWithoutReasonAndKeepsTheKey() {
        keys.keyForWriting("emp-1");
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand(SUBJECT, " "))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT))
                .expectNoEvents();
        assertThat(keys.keyFor("emp-1")).isPresent();
    }

    @Test
    void theShredderDestroysAKeyAnErasureLeftBehind() {
        keys.keyForWriting("emp-1");

        new PersonalDataKeyShredder(keys).on(new PersonalDataErasedEvent(SUBJECT, "request"));

        assertThat(keys.erased("emp-1")).isTrue();
        assertThat(keys.keyFor("emp-1")).isEmpty();
    }

    @Test
    void theErasureHasItsOwnAggregateBesideTheSubjects() {
        assertThat(new ErasePersonalDataCommand(SUBJECT, "r").erasureId()).isEqualTo("erasure-emp-1");
    }
}
