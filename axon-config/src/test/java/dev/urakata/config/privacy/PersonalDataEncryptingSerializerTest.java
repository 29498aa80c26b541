package dev.urakata.config.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.PerformanceReviewRecordedEvent;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.it.TicketId;
import dev.urakata.shared.it.TicketOpenedEvent;
import dev.urakata.shared.it.TicketPriority;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.OneOffPaymentAddedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataEncryptingSerializerTest {

    private static final EmployeeId EMPLOYEE = new EmployeeId("emp-1");
    private static final EmployeeHiredEvent HIRED = new EmployeeHiredEvent(EMPLOYEE, "E-001", "Hanako", "Yamada",
            "hanako@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
            Money.of("300000", "JPY"));

    private final DataSource database = EmbeddedDatabase.create();
    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();
    private final SubjectKeyStore keys = keyStore();
    private final PersonalDataEncryptingSerializer serializer = new PersonalDataEncryptingSerializer(jackson, keys);

    @Test
    void storesNamesEncryptedAndReadsThemBack() {
        String stored = serializer.serialize(HIRED, String.class).getData();

        assertThat(stored).doesNotContain("Hanako", "Yamada", "hanako@example.com")
                .contains("\"givenName\":\"pd1:", "\"employeeNumber\":\"E-001\"", "\"300000\"", "2026-04-01");
        assertThat(read(stored, EmployeeHiredEvent.class)).isEqualTo(HIRED);
    }

    @Test
    void afterErasureTheSameStoredBytesReadAsThePlaceholderWhileAmountsDatesAndIdsStay() {
        String stored = serializer.serialize(HIRED, String.class).getData();

        assertThat(keys.erase("emp-1")).isTrue();

        EmployeeHiredEvent read = read(stored, EmployeeHiredEvent.class);
        assertThat(read.givenName()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(read.familyName()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(read.email()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(read).isEqualTo(new EmployeeHiredEvent(EMPLOYEE, "E-001", "[erased]", "[erased]", "[erased]",
                "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("300000", "JPY")));
        assertThat(keys.erased("emp-1")).isTrue();
        assertThat(keys.erase("emp-1")).as("erasing twice destroys nothing more").isFalse();
    }

    @Test
    void aFreshProcessSeesTheErasureToo() {
        String stored = serializer.serialize(HIRED, String.class).getData();
        keys.erase("emp-1");

        PersonalDataEncryptingSerializer other = new PersonalDataEncryptingSerializer(jackson, keyStore());
        EmployeeHiredEvent read = other.deserialize(serialized(stored, EmployeeHiredEvent.class));
        assertThat(read.givenName()).isEqualTo(PersonalDataFields.ERASED);
    }

    @Test
    void personalDataWrittenAboutAnErasedSubjectIsStoredAsThePlaceholder() {
        keys.keyForWriting("emp-1");
        keys.erase("emp-1");

        String stored = serializer.serialize(new PerformanceReviewRecordedEvent(EMPLOYEE, LocalDate.of(2026, 5, 1),
                4, "boss", "Great quarter"), String.class).getData();

        assertThat(stored).doesNotContain("Great quarter").contains("\"summary\":\"[erased]\"");
        assertThat(keys.keyForWriting("emp-1")).as("no new key for an erased subject").isEmpty();
    }

    @Test
    void oneSubjectsErasureLeavesOthersReadable() {
        EmployeeHiredEvent other = new EmployeeHiredEvent(new EmployeeId("emp-2"), "E-002", "Taro", "Sato",
                "taro@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("280000", "JPY"));
        String first = serializer.serialize(HIRED, String.class).getData();
        String second = serializer.serialize(other, String.class).getData();

        keys.erase("emp-1");

        assertThat(read(first, EmployeeHiredEvent.class).givenName()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(read(second, EmployeeHiredEvent.class)).isEqualTo(other);
    }

    @Test
    void eventsWithoutPersonalDataAreExactlyWhatJacksonWrites() {
        EmployeePositionChangedEvent moved = new EmployeePositionChangedEvent(EMPLOYEE, "Sales", "Lead",
                LocalDate.of(2026, 9, 30), "Operations", "Clerk");
        assertThat(serializer.serialize(moved, String.class).getData())
                .isEqualTo(jackson.serialize(moved, String.class).getData());
        assertThat(serializer.serialize(moved, byte[].class).getType())
                .isEqualTo(jackson.serialize(moved, byte[].class).getType());
    }

    @Test
    void freeTextThatMayNamePeopleIsEncryptedAndErasedWithItsSubject() {
        EmployeeTerminatedEvent terminated = new EmployeeTerminatedEvent(EMPLOYEE, TerminationReason.RESIGNATION,
                LocalDate.of(2026, 9, 30), "moving away with Sato-san");
        String stored = serializer.serialize(terminated, String.class).getData();
        assertThat(stored).doesNotContain("Sato-san").contains("RESIGNATION", "2026-09-30");
        assertThat(read(stored, EmployeeTerminatedEvent.class)).isEqualTo(terminated);

        keys.erase(EMPLOYEE.value());

        EmployeeTerminatedEvent erased = read(stored, EmployeeTerminatedEvent.class);
        assertThat(erased.note()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.reason()).isEqualTo(TerminationReason.RESIGNATION);
    }

    /** A one-off payment is about its employee: what it is for is erased with them, the amount stays. */
    @Test
    void aOneOffPaymentsDescriptionIsErasedWithItsEmployee() {
        OneOffPaymentAddedEvent bonus = new OneOffPaymentAddedEvent(new PayrollRunId("run-1"), "in-1", EMPLOYEE,
                OneOffKind.BONUS, Money.of("50000", "JPY"), "covering for Sato-san");
        String stored = serializer.serialize(bonus, String.class).getData();
        assertThat(stored).doesNotContain("Sato-san").contains("50000", "BONUS");
        assertThat(read(stored, OneOffPaymentAddedEvent.class)).isEqualTo(bonus);

        keys.erase(EMPLOYEE.value());

        OneOffPaymentAddedEvent erased = read(stored, OneOffPaymentAddedEvent.class);
        assertThat(erased.description()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(erased.amount()).isEqualTo(Money.of("50000", "JPY"));
    }

    @Test
    void plaintextWrittenBeforeEncryptionExistedStaysReadable() {
        String legacy = jackson.serialize(HIRED, String.class).getData();
        assertThat(read(legacy, EmployeeHiredEvent.class)).isEqualTo(HIRED);
    }

    /**
     * A ticket opened before its events named a data subject: stored in plain text and without the subject field,
     * it still reads (there is no ciphertext to open, so no subject is needed); a new one is encrypted under its
     * requester's key and erased with them.
     */
    @Test
    void aTicketFromBeforeItHadADataSubjectStillReadsAndANewOneIsErasedWithItsRequester() {
        String legacy = "{\"ticketId\":\"t-1\",\"requester\":\"E-001\",\"subject\":\"VPN for Sato-san\","
                + "\"description\":\"down\",\"category\":\"NETWORK\",\"priority\":\"P2\",\"openedBy\":\"it\","
                + "\"openedAt\":\"2026-05-04T09:00:00Z\",\"dueAt\":\"2026-05-04T17:00:00Z\"}";
        TicketOpenedEvent old = read(legacy, TicketOpenedEvent.class);
        assertThat(old.subject()).isEqualTo("VPN for Sato-san");
        assertThat(old.requesterId()).isNull();

        TicketOpenedEvent opened = new TicketOpenedEvent(new TicketId("t-2"), "E-001", "VPN for Sato-san", "down",
                "NETWORK", TicketPriority.P2, "it", Instant.parse("2026-05-04T09:00:00Z"),
                Instant.parse("2026-05-04T17:00:00Z"), EMPLOYEE.value());
        String stored = serializer.serialize(opened, String.class).getData();
        assertThat(stored).doesNotContain("Sato-san").contains("NETWORK", "E-001");
        keys.erase(EMPLOYEE.value());
        assertThat(read(stored, TicketOpenedEvent.class).subject()).isEqualTo(PersonalDataFields.ERASED);
        assertThat(read(legacy, TicketOpenedEvent.class).subject()).as("plain text was never encrypted")
                .isEqualTo("VPN for Sato-san");
    }

    @Test
    void anAlteredCiphertextIsRefusedNotShown() {
        String stored = serializer.serialize(HIRED, String.class).getData();
        int at = stored.indexOf("pd1:") + 10;
        char flipped = stored.charAt(at) == 'A' ? 'B' : 'A';
        String altered = stored.substring(0, at) + flipped + stored.substring(at + 1);

        assertThatThrownBy(() -> read(altered, EmployeeHiredEvent.class))
                .isInstanceOf(SerializationException.class).hasMessageContaining("altered");
    }

    @Test
    void aCiphertextCopiedIntoAnotherSubjectsEventDoesNotDecrypt() {
        String stored = serializer.serialize(HIRED, String.class).getData();
        keys.keyForWriting("emp-2");
        String moved = stored.replace("\"emp-1\"", "\"emp-2\"");

        assertThatThrownBy(() -> read(moved, EmployeeHiredEvent.class)).isInstanceOf(SerializationException.class);
    }

    @Test
    void aLostKeyStopsTheReaderLoudlyInsteadOfShowingErasedOrMakingANewKey() {
        String stored = serializer.serialize(HIRED, String.class).getData();
        SubjectKeyStore emptyStore = new SubjectKeyStore(EmbeddedDatabase.create(), Duration.ofSeconds(10),
                Clock.systemUTC(), () -> { });
        PersonalDataEncryptingSerializer reader = new PersonalDataEncryptingSerializer(jackson, emptyStore);

        assertThatThrownBy(() -> reader.deserialize(serialized(stored, EmployeeHiredEvent.class)))
                .isInstanceOf(SubjectKeyMissingException.class).hasMessageContaining("emp-1");
        assertThat(emptyStore.known("emp-1")).as("reading made no key").isFalse();
    }

    @Test
    void anErasureRunsTheAfterErasureHookOnlyWhenAKeyWasDestroyed() {
        java.util.concurrent.atomic.AtomicInteger hooks = new java.util.concurrent.atomic.AtomicInteger();
        SubjectKeyStore store = new SubjectKeyStore(EmbeddedDatabase.create(), Duration.ofSeconds(10),
                Clock.systemUTC(), hooks::incrementAndGet);
        store.keyForWriting("emp-1");

        assertThat(store.erase("emp-1")).isTrue();
        assertThat(store.erase("emp-1")).isFalse();
        assertThat(store.erase("never-known")).isFalse();

        assertThat(hooks).hasValue(1);
        assertThat(store.erased("never-known")).as("a tombstone keeps a key from ever being made").isTrue();
        assertThat(store.keyForWriting("never-known")).isEmpty();
    }

    @Test
    void theSameNameIsEncryptedDifferentlyEachTime() {
        assertThat(serializer.serialize(HIRED, byte[].class).getData())
                .isNotEqualTo(serializer.serialize(HIRED, byte[].class).getData());
    }

    @Test
    void writersRacingForANewSubjectShareOneKey() {
        var futures = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> keyStore().keyForWriting("emp-9").orElseThrow()))
                .toList();
        assertThat(futures.stream().map(CompletableFuture::join).map(k -> new String(k.getEncoded(),
                StandardCharsets.ISO_8859_1)).distinct()).hasSize(1);
    }

    private SubjectKeyStore keyStore() {
        return new SubjectKeyStore(database, Duration.ofSeconds(10), Clock.systemUTC(), () -> { });
    }

    private <T> T read(String stored, Class<T> type) {
        return serializer.deserialize(serialized(stored, type));
    }

    private SerializedObject<String> serialized(String stored, Class<?> type) {
        return new SimpleSerializedObject<>(stored, String.class, jackson.typeForClass(type));
    }
}
