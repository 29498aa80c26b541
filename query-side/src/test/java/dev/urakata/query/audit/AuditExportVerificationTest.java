package dev.urakata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.urakata.config.privacy.PersonalDataEncryptingSerializer;
import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.audit.AuditCheckpoint;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export written by {@link AuditTrailExport} from a chain and trail built by the real projections, checked by
 * the offline verifier (docs/audit/VerifyExport.java, run as a separate JDK process the way an auditor runs it):
 * intact files verify; a changed byte, a missing link, a row dropped and re-signed, or a checkpoint of another key
 * do not.
 */
class AuditExportVerificationTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    @TempDir
    Path dir;

    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();
    private final Serializer eventSerializer = new PersonalDataEncryptingSerializer(jackson,
            new SubjectKeyStore(EmbeddedDatabase.create(), Duration.ofSeconds(10), Clock.systemUTC(), () -> { }));
    private final AuditChainHasher hasher = new AuditChainHasher(eventSerializer);
    private final List<StoredEvents.Stored> store = new ArrayList<>();
    private AuditTrailProjection trail;
    private AuditHashChainProjection chain;
    private AuditCheckpoints checkpoints;
    private AuditTrailExport export;

    @BeforeEach
    void setUp() {
        AuditJson json = new AuditJson(Jackson2ObjectMapperBuilder.json().build());
        trail = new AuditTrailProjection(mongo.template(), json);
        chain = new AuditHashChainProjection(mongo.template(), eventSerializer);
        checkpoints = new AuditCheckpoints(mongo.template(), chain, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        StoredEvents fromList = position -> {
            var events = store.stream().filter(e -> e.position() >= position).iterator();
            return new StoredEvents.Reading() {
                @Override
                public StoredEvents.Stored next() {
                    return events.hasNext() ? events.next() : null;
                }

                @Override
                public void close() {
                }
            };
        };
        export = new AuditTrailExport(mongo.template(), trail, chain, json, checkpoints, fromList,
                Clock.fixed(T0.plusSeconds(120), ZoneOffset.UTC));
        record(1, hired("emp-1", "E-001", "Hanako"));
        record(2, hired("emp-2", "E-002", "Taro"));
        // position 3 is a gap (an aborted append): links need not be at consecutive positions
        record(4, new EmployeeTerminatedEvent(new EmployeeId("emp-1"), TerminationReason.RESIGNATION,
                LocalDate.of(2026, 12, 31), "Hanako moves to Osaka"));
    }

    @Test
    void anIntactExportVerifiesAgainstACheckpoint() throws Exception {
        Path checkpoint = checkpoint();
        Path file = jsonl(null);

        Verification result = verify(file, checkpoint);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("ok   trailer: 3 rows",
                "ok   links: all 3 recomputed",
                "ok   continuity: every previousHash is the hash of the row before it",
                "(7 encrypted values not comparable)",
                "ok   checkpoint: signature verifies; the export's hash at position 4 is the signed one",
                "ok   checkpoint: the trailer is signed with the checkpoint's key", "VERIFIED");
        // the readable trail shows decrypted personal data; the stored bytes beside it hold only ciphertext
        String row = Files.readAllLines(file).get(0);
        assertThat(row).contains("\"givenName\":\"Hanako\"");
        assertThat(new String(Base64.getDecoder().decode(JSON.readTree(row).get("storedPayload").asText()),
                StandardCharsets.UTF_8)).doesNotContain("Hanako").contains("pd1:");
    }

    @Test
    void oneChangedByteAnywhereFails() throws Exception {
        Path file = jsonl(null);

        Verification payload = verify(changed(file, "\"employeeNumber\":\"E-002\"", "\"employeeNumber\":\"E-003\""),
                null);
        assertThat(payload.exit()).isEqualTo(1);
        assertThat(payload.output()).contains("FAIL row 2 (position 2): payload.employeeNumber reads E-003 but the "
                + "store holds E-002", "FAIL trailer: the SHA-256 of the rows is");

        // the chain does not cover the time: the trailer does
        Verification time = verify(changed(file, "2026-04-01T09:00:02Z", "2026-04-01T09:00:03Z"), null);
        assertThat(time.exit()).isEqualTo(1);
        assertThat(time.output()).contains("FAIL trailer: the SHA-256 of the rows is")
                .doesNotContain("FAIL row");

        String firstHash = JSON.readTree(Files.readAllLines(file).get(0)).get("hash").asText();
        String flipped = (firstHash.charAt(0) == '0' ? "1" : "0") + firstHash.substring(1);
        Verification hash = verify(changed(file, "\"hash\":\"" + firstHash, "\"hash\":\"" + flipped), null);
        assertThat(hash.exit()).isEqualTo(1);
        assertThat(hash.output()).contains("FAIL row 1 (position 1): the link recomputed from the stored bytes is "
                + firstHash + ", the row's hash is " + flipped);

        Verification trailer = verify(changed(file, "\"rows\":3", "\"rows\":4"), null);
        assertThat(trailer.exit()).isEqualTo(1);
        assertThat(trailer.output()).contains("FAIL trailer: it counts 4 rows, the file has 3");
    }

    @Test
    void aFilteredExportVerifiesItsRowsButNotContinuity() throws Exception {
        Path file = jsonl(new AuditTrailFilter(null, "emp-1", null, null, null, null, null));

        Verification result = verify(file, checkpoint());

        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("ok   links: all 2 recomputed",
                "note continuity: not checkable, the export is filtered {aggregateId=emp-1}",
                "the export's hash at position 4 is the signed one");
        // the second row's previous link is the other employee's event at position 2, not the first row
        List<String> lines = Files.readAllLines(file);
        assertThat(JSON.readTree(lines.get(1)).get("previousHash").asText())
                .isNotEqualTo(JSON.readTree(lines.get(0)).get("hash").asText())
                .isEqualTo(mongo.template().findById(2L, org.bson.Document.class,
                        AuditHashChainProjection.COLLECTION).getString("hash"));
    }

    @Test
    void anEventTheChainHasNotReachedHasNoHashesAndIsReported() throws Exception {
        // the trail has the event, the chain's processor is behind
        DomainEventMessage<?> late = stored(hired("emp-3", "E-003", "Jiro"));
        trail.on(late.getPayload(), late, new GlobalSequenceTrackingToken(5));
        store.add(new StoredEvents.Stored(5, late.getIdentifier(), hasher.storedPayload(late),
                hasher.storedMetaData(late)));

        Path file = jsonl(null);

        assertThat(JSON.readTree(Files.readAllLines(file).get(3)).get("hash").isNull()).isTrue();
        Verification result = verify(file, null);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("FAIL row 4 (position 5): no chain link");
    }

    @Test
    void aRowDroppedFromAFullExportBreaksContinuityEvenWhenReSigned() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl(null)));
        lines.remove(1);
        // someone holding the signing key (it lives in the database) re-signs the shortened file
        StringBuilder rows = new StringBuilder();
        lines.subList(0, lines.size() - 1).forEach(line -> rows.append(line).append('\n'));
        ObjectNode trailer = (ObjectNode) JSON.readTree(lines.get(lines.size() - 1)).get("trailer");
        trailer.put("rows", 2).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(rows.toString().getBytes(StandardCharsets.UTF_8))));
        String text = JSON.writeValueAsString(trailer);
        Path file = dir.resolve("resigned.jsonl");
        Files.writeString(file, rows + "{\"trailer\":" + text + ",\"signature\":\""
                + checkpoints.sign(text.getBytes(StandardCharsets.UTF_8)) + "\"}\n");

        Verification result = verify(file, null);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("ok   trailer: 2 rows",
                "FAIL row 2 (position 4): previousHash is not the hash of the row before it");
    }

    @Test
    void aCheckpointOfAnotherKeyDoesNotVouchForTheFile() throws Exception {
        Path file = jsonl(null);
        AuditCheckpoint real = checkpoints.create("admin");
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(other.getPrivate());
        signer.update(real.signedContent().getBytes(StandardCharsets.UTF_8));
        ObjectNode forged = JSON.valueToTree(real);
        forged.put("signature", Base64.getEncoder().encodeToString(signer.sign()))
                .put("publicKey", Base64.getEncoder().encodeToString(other.getPublic().getEncoded()));
        Path checkpoint = dir.resolve("other-key.json");
        Files.writeString(checkpoint, JSON.writeValueAsString(forged));

        Verification result = verify(file, checkpoint);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("ok   checkpoint: signature verifies",
                "FAIL checkpoint: the trailer is signed with another key than the checkpoint's");
    }

    @Test
    void csvRowsCarryTheLinksAndAZoneAddsLocalTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(new AuditTrailExport.Request(new AuditTrailFilter(null, null, null, null, null, null, null),
                true, false, ZoneId.of("Asia/Tokyo")), out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("eventId,eventType,aggregateType,aggregateId,sequence,globalPosition,"
                + "timestamp,localTime,user,correlationId,causationId,payload,hash,previousHash");
        assertThat(lines).hasSize(4);
        String firstHash = mongo.template().findById(1L, org.bson.Document.class,
                AuditHashChainProjection.COLLECTION).getString("hash");
        assertThat(lines[1]).contains(",2026-04-01T09:00:01Z,2026-04-01T18:00:01+09:00,")
                .endsWith("," + firstHash + "," + AuditChainHasher.GENESIS);
        assertThat(lines[2]).endsWith("," + firstHash);
    }

    private EmployeeHiredEvent hired(String id, String number, String givenName) {
        return new EmployeeHiredEvent(new EmployeeId(id), number, givenName, "Yamada", givenName.toLowerCase()
                + "@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("300000", "JPY"));
    }

    /** Appends the event "to the store" and lets both projections handle it as read back from there. */
    private void record(long position, Object payload) {
        DomainEventMessage<?> event = stored(payload, position);
        store.add(new StoredEvents.Stored(position, event.getIdentifier(), hasher.storedPayload(event),
                hasher.storedMetaData(event)));
        trail.on(event.getPayload(), event, new GlobalSequenceTrackingToken(position));
        chain.on(event, new GlobalSequenceTrackingToken(position));
    }

    private DomainEventMessage<?> stored(Object payload) {
        return stored(payload, 5);
    }

    /** The event as the JDBC store reads it back: its stored bytes (personal data encrypted once), lazily read. */
    private DomainEventMessage<?> stored(Object payload, long position) {
        String aggregate = payload instanceof EmployeeHiredEvent hired ? hired.employeeId().value()
                : ((EmployeeTerminatedEvent) payload).employeeId().value();
        byte[] metaData = jackson.serialize(MetaData.with(MetadataKeys.USER, "hr")
                .and(MetadataKeys.CORRELATION_ID, "corr-" + position), byte[].class).getData();
        DomainEventData<byte[]> row = new GenericDomainEventEntry<>("Employee", aggregate,
                payload instanceof EmployeeHiredEvent ? 0 : 1, "event-" + position, T0.plusSeconds(position),
                payload.getClass().getName(), "1", eventSerializer.serialize(payload, byte[].class).getData(),
                metaData);
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(row), eventSerializer,
                NoOpEventUpcaster.INSTANCE).next();
    }

    private Path jsonl(AuditTrailFilter filter) throws IOException {
        Path file = dir.resolve("export-" + System.nanoTime() + ".jsonl");
        try (var out = Files.newOutputStream(file)) {
            export.write(new AuditTrailExport.Request(filter == null
                    ? new AuditTrailFilter(null, null, null, null, null, null, null) : filter, false, false, null),
                    out);
        }
        return file;
    }

    private Path checkpoint() throws IOException {
        AuditCheckpoint checkpoint = checkpoints.create("admin");
        Path file = dir.resolve("checkpoint.json");
        Files.writeString(file, JSON.writeValueAsString(checkpoint));
        return file;
    }

    /** A copy of {@code file} with the first occurrence of {@code from} replaced (same length: one byte). */
    private Path changed(Path file, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path copy = dir.resolve("changed-" + System.nanoTime() + ".jsonl");
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        assertThat(mismatches(bytes, Files.readAllBytes(copy))).isEqualTo(1);
        return copy;
    }

    private static long mismatches(byte[] a, byte[] b) {
        assertThat(b).hasSameSizeAs(a);
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] == b[i] ? 0 : 1;
        }
        return count;
    }

    record Verification(int exit, String output) {
    }

    /** Runs docs/audit/VerifyExport.java with this JDK's launcher, as the documentation tells an auditor to. */
    static Verification verify(Path export, Path checkpoint) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Arrays.asList(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), verifier().toString(),
                export.toString()));
        if (checkpoint != null) {
            command.add(checkpoint.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verification(process.exitValue(), output);
    }

    /** docs/audit/VerifyExport.java, found from wherever the build runs (the module or the repository root). */
    static Path verifier() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("docs/audit/VerifyExport.java");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/audit/VerifyExport.java not found above " + Path.of("").toAbsolutePath());
    }
}
