package dev.urakata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.query.web.CsvFiles;
import dev.urakata.shared.audit.AuditEventEntry;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Exports the audit trail as CSV or JSON lines, oldest first, streamed from a MongoDB cursor so that the whole
 * trail never sits in memory. Roles: ADMIN, COMPLIANCE.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
@Tag(name = "Audit trail", description = "Every recorded event: who, what, when, why. Roles: ADMIN, COMPLIANCE.")
class AuditTrailExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final List<String> CSV_HEADER = List.of("eventId", "eventType", "aggregateType", "aggregateId",
            "sequence", "globalPosition", "timestamp", "user", "correlationId", "causationId", "payload");
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final AuditTrailProjection trail;
    private final ObjectMapper mapper;

    AuditTrailExportController(MongoTemplate mongo, AuditTrailProjection trail, AuditJson json) {
        this.mongo = mongo;
        this.trail = trail;
        this.mapper = json.mapper();
    }

    @GetMapping(path = "/events/export", produces = {"text/csv", "application/x-ndjson"})
    @Operation(summary = "Export matching events, oldest first, as CSV (with a header row) or JSON lines",
            description = "Same filters as /api/audit/events; format is csv (default) or jsonl. The file is named "
                    + "after the filters. excel=true (CSV only): starts with a UTF-8 byte-order mark so that Excel "
                    + "reads Japanese text right, and text fields a spreadsheet would run as formulas get a leading "
                    + "apostrophe.")
    @ApiResponse(responseCode = "200", description = "The file, streamed", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String aggregateType,
                                                 @RequestParam(required = false) String aggregateId,
                                                 @RequestParam(required = false) String type,
                                                 @RequestParam(required = false) String user,
                                                 @RequestParam(required = false) String correlationId,
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                                 @RequestParam(defaultValue = "false") boolean excel) {
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "jsonl", "ndjson" -> false;
            default -> throw new DomainException(CommonErrors.INVALID_INPUT, "format must be csv or jsonl");
        };
        Query query = new AuditTrailFilter(aggregateType, aggregateId, type, user, correlationId, from, to)
                .checked().toQuery().with(Sort.by("globalPosition", "_id")).cursorBatchSize(BATCH);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            if (csv && excel) {
                writer.write(CsvFiles.BYTE_ORDER_MARK);
            }
            if (csv) {
                CsvFiles.row(writer, CSV_HEADER, null, excel);
            }
            try (Stream<Document> documents = mongo.stream(query, Document.class, AuditTrailProjection.COLLECTION)) {
                Iterator<Document> it = documents.iterator();
                while (it.hasNext()) {
                    AuditEventEntry entry = trail.entry(it.next());
                    if (csv) {
                        CsvFiles.row(writer, csvFields(entry), null, excel);
                    } else {
                        writer.write(mapper.writeValueAsString(entry));
                        writer.write('\n');
                    }
                }
            }
            writer.flush();
        };
        String filename = CsvFiles.fileName("audit-events", csv ? "csv" : "jsonl", "aggregateType", aggregateType,
                "aggregateId", aggregateId, "type", type, "user", user, "correlationId", correlationId,
                "from", from == null ? null : from.toString(), "to", to == null ? null : to.toString());
        return CsvFiles.download(filename, csv ? CSV : NDJSON).body(body);
    }

    private List<String> csvFields(AuditEventEntry entry) throws IOException {
        return Arrays.asList(entry.eventId(), entry.eventType(), entry.aggregateType(), entry.aggregateId(),
                String.valueOf(entry.sequence()),
                entry.globalPosition() == null ? "" : entry.globalPosition().toString(),
                entry.timestamp().toString(), entry.user(), entry.correlationId(), entry.causationId(),
                mapper.writeValueAsString(entry.payload()));
    }
}
