package dev.urakata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.urakata.query.web.CsvFiles;
import dev.urakata.shared.audit.AuditEventEntry;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an audit trail export that can be checked on its own (docs/audit-exports.md): every row carries its
 * event's link of the stored hash chain and the link before it; a JSON lines export also carries the stored bytes
 * each link hashes and ends in a trailer, signed with the checkpoints' key, holding the SHA-256 of every byte
 * before it. The chain covers what the store holds; the trailer covers the file, including the fields the chain
 * does not (time, type, aggregate).
 *
 * <p>Rows, chain links and stored events are three cursors read side by side, all in global-position order: one
 * pass over each, with a single "link before the first row" lookup (on the embedded MongoDB-wire server "the
 * greatest position below p" scans and sorts the whole chain, so once per row would make the export quadratic).
 * A row the chain has not reached yet gets no hashes; the reader reports it.
 */
@Component
class AuditTrailExport {

    static final String FORMAT = "urakata-audit-export/v1";
    static final List<String> CSV_HEADER = List.of("eventId", "eventType", "aggregateType", "aggregateId",
            "sequence", "globalPosition", "timestamp", "user", "correlationId", "causationId", "payload", "hash",
            "previousHash");
    private static final int BATCH = 500;
    private static final Base64.Encoder B64 = Base64.getEncoder();

    /** What to export and how: the filter (also as the query parameters that named it), format, zone. */
    record Request(AuditTrailFilter filter, boolean csv, boolean excel, ZoneId zone) {
    }

    private final MongoTemplate mongo;
    private final AuditTrailProjection trail;
    private final AuditHashChainProjection chain;
    private final AuditCheckpoints checkpoints;
    private final StoredEvents storedEvents;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Autowired
    AuditTrailExport(MongoTemplate mongo, AuditTrailProjection trail, AuditHashChainProjection chain, AuditJson json,
                     AuditCheckpoints checkpoints, StoredEvents storedEvents) {
        this(mongo, trail, chain, json, checkpoints, storedEvents, Clock.systemUTC());
    }

    AuditTrailExport(MongoTemplate mongo, AuditTrailProjection trail, AuditHashChainProjection chain, AuditJson json,
                     AuditCheckpoints checkpoints, StoredEvents storedEvents, Clock clock) {
        this.mongo = mongo;
        this.trail = trail;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.storedEvents = storedEvents;
        this.mapper = json.mapper();
        this.clock = clock;
    }

    /** Writes the export to {@code out}, leaving it open. */
    void write(Request request, OutputStream out) throws IOException {
        Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Query query = request.filter().toQuery().with(Sort.by("globalPosition", "_id")).cursorBatchSize(BATCH);
        // The trailer's hash covers exactly the bytes that went out before it.
        MessageDigest sha256 = sha256();
        Writer writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, sha256) {
            @Override
            public void close() {
                // the caller owns the response stream
            }
        }, StandardCharsets.UTF_8), 64 * 1024);
        if (request.csv() && request.excel()) {
            writer.write(CsvFiles.BYTE_ORDER_MARK);
        }
        if (request.csv()) {
            CsvFiles.row(writer, csvHeader(request.zone()), null, request.excel());
        }
        long rows = 0;
        try (Stream<Document> documents = mongo.stream(query, Document.class, AuditTrailProjection.COLLECTION);
             ChainWalk links = new ChainWalk();
             StoredWalk stored = new StoredWalk()) {
            Iterator<Document> it = documents.iterator();
            while (it.hasNext()) {
                AuditEventEntry entry = trail.entry(it.next());
                Long position = entry.globalPosition();
                Link link = position == null ? Link.NONE : links.at(position);
                if (request.csv()) {
                    CsvFiles.row(writer, csvFields(entry, request.zone(), link), null, request.excel());
                } else {
                    StoredEvents.Stored event = position == null ? null : stored.at(position, entry.eventId());
                    writer.write(mapper.writeValueAsString(jsonRow(entry, request.zone(), link, event)));
                    writer.write('\n');
                }
                rows++;
            }
        }
        writer.flush();
        if (!request.csv()) {
            writer.write(trailer(request, rows, HexFormat.of().formatHex(sha256.digest()), exportedAt));
            writer.flush();
        }
    }

    static List<String> csvHeader(ZoneId zone) {
        List<String> header = new ArrayList<>(CSV_HEADER);
        if (zone != null) {
            header.add(header.indexOf("timestamp") + 1, "localTime");
        }
        return header;
    }

    private List<String> csvFields(AuditEventEntry entry, ZoneId zone, Link link) throws IOException {
        List<String> fields = new ArrayList<>(Arrays.asList(entry.eventId(), entry.eventType(),
                entry.aggregateType(), entry.aggregateId(), String.valueOf(entry.sequence()),
                entry.globalPosition() == null ? "" : entry.globalPosition().toString(),
                entry.timestamp().toString(), entry.user(), entry.correlationId(), entry.causationId(),
                mapper.writeValueAsString(entry.payload()), link.hash(), link.previousHash()));
        if (zone != null) {
            fields.add(CSV_HEADER.indexOf("timestamp") + 1, localTime(entry, zone));
        }
        return fields;
    }

    private ObjectNode jsonRow(AuditEventEntry entry, ZoneId zone, Link link, StoredEvents.Stored stored) {
        ObjectNode fields = mapper.valueToTree(entry);
        ObjectNode row = mapper.createObjectNode();
        fields.fields().forEachRemaining(field -> {
            row.set(field.getKey(), field.getValue());
            if (zone != null && field.getKey().equals("timestamp")) {
                row.put("localTime", localTime(entry, zone));
            }
        });
        row.put("hash", link.hash());
        row.put("previousHash", link.previousHash());
        row.put("storedPayload", stored == null ? null : B64.encodeToString(stored.payload()));
        row.put("storedMetaData", stored == null ? null : B64.encodeToString(stored.metaData()));
        return row;
    }

    private static String localTime(AuditEventEntry entry, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.timestamp().atZone(zone));
    }

    /**
     * The last line: {@code {"trailer":T,"signature":S}}, where S is the Ed25519 signature of T's bytes exactly as
     * they stand in the line. Signing the written text rather than its fields means a reader needs no canonical
     * form of anything: it cuts T out and verifies it.
     */
    private String trailer(Request request, long rows, String sha256, Instant exportedAt) throws IOException {
        AuditTrailFilter filter = request.filter();
        ObjectNode given = mapper.createObjectNode()
                .put("aggregateType", filter.aggregateType())
                .put("aggregateId", filter.aggregateId())
                .put("type", filter.eventType())
                .put("user", filter.user())
                .put("correlationId", filter.correlationId())
                .put("from", filter.from() == null ? null : filter.from().toString())
                .put("to", filter.to() == null ? null : filter.to().toString())
                .put("subject", filter.subject());
        ObjectNode trailer = mapper.createObjectNode()
                .put("format", FORMAT)
                .put("rows", rows)
                .put("sha256", sha256)
                .put("exportedAt", exportedAt.toString())
                .set("filter", given);
        trailer.put("zone", request.zone() == null ? null : request.zone().getId())
                .put("algorithm", AuditCheckpoints.ALGORITHM)
                .put("publicKey", checkpoints.publicKey());
        String text = mapper.writeValueAsString(trailer);
        String signature = checkpoints.sign(text.getBytes(StandardCharsets.UTF_8));
        return "{\"trailer\":" + text + ",\"signature\":\"" + signature + "\"}\n";
    }

    /** A row's link of the stored chain and the link before it; both null where the chain has no link. */
    private record Link(String hash, String previousHash) {
        static final Link NONE = new Link(null, null);
    }

    /** The stored chain beside the rows; the positions asked for never decrease. */
    private final class ChainWalk implements AutoCloseable {

        private Stream<Document> links;
        private Iterator<Document> it;
        private Document next;
        private String previous;

        Link at(long position) {
            if (links == null) {
                Document before = chain.linkBefore(position);
                previous = before == null ? AuditChainHasher.GENESIS : before.getString("hash");
                links = mongo.stream(Query.query(Criteria.where("_id").gte(position)).with(Sort.by("_id"))
                        .cursorBatchSize(BATCH), Document.class, AuditHashChainProjection.COLLECTION);
                it = links.iterator();
                next = it.hasNext() ? it.next() : null;
            }
            while (next != null && position(next) < position) {
                previous = next.getString("hash");
                next = it.hasNext() ? it.next() : null;
            }
            if (next != null && position(next) == position) {
                return new Link(next.getString("hash"), previous);
            }
            return Link.NONE;
        }

        @Override
        public void close() {
            if (links != null) {
                links.close();
            }
        }

        private static long position(Document link) {
            return ((Number) link.get("_id")).longValue();
        }
    }

    /** The stored events beside the rows: the one at a position, if it is the row's event. */
    private final class StoredWalk implements AutoCloseable {

        private StoredEvents.Reading reading;
        private StoredEvents.Stored next;

        StoredEvents.Stored at(long position, String eventId) {
            if (reading == null) {
                reading = storedEvents.from(position);
                next = reading.next();
            }
            while (next != null && next.position() < position) {
                next = reading.next();
            }
            return next != null && next.position() == position && next.eventId().equals(eventId) ? next : null;
        }

        @Override
        public void close() {
            if (reading != null) {
                reading.close();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java 17 runtime has SHA-256", e);
        }
    }
}
