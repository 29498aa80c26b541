package dev.urakata.standalone.micro;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.urakata.config.privacy.PersonalDataEncryptingSerializer;
import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.h2.jdbcx.JdbcDataSource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What crypto-shredding costs on the event path: writing and reading a hire (three personal-data fields) with the
 * encrypting serializer, against the plain JSON serializer it wraps, on the same event in the same run. The
 * subject's key is in the key store's cache, as it is for a busy subject.
 */
@State(Scope.Benchmark)
public class SerializationBenchmark {

    static final EmployeeHiredEvent HIRED = new EmployeeHiredEvent(new EmployeeId("bench-1"), "B-001", "Hanako",
            "Yamada", "hanako@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null,
            LocalDate.of(2026, 4, 1), Money.of("300000", "JPY"));

    private JacksonSerializer plain;
    private PersonalDataEncryptingSerializer encrypting;
    private SerializedObject<byte[]> plainBytes;
    private SerializedObject<byte[]> encryptedBytes;

    @Setup(Level.Trial)
    public void setUp() {
        plain = JacksonSerializer.builder().objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:bench-keys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        SubjectKeyStore keys = new SubjectKeyStore(database, Duration.ofHours(1), Clock.systemUTC(), () -> { });
        encrypting = new PersonalDataEncryptingSerializer(plain, keys);
        plainBytes = plain.serialize(HIRED, byte[].class);
        encryptedBytes = encrypting.serialize(HIRED, byte[].class);
    }

    @Benchmark
    public SerializedObject<byte[]> writePlain() {
        return plain.serialize(HIRED, byte[].class);
    }

    @Benchmark
    public SerializedObject<byte[]> writeEncrypted() {
        return encrypting.serialize(HIRED, byte[].class);
    }

    @Benchmark
    public Object readPlain() {
        return plain.deserialize(plainBytes);
    }

    @Benchmark
    public Object readEncrypted() {
        return encrypting.deserialize(encryptedBytes);
    }
}
