package dev.urakata.query.audit;

import dev.urakata.query.web.CsvFiles;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Exports the audit trail as CSV or JSON lines, oldest first, streamed from a MongoDB cursor so that the whole
 * trail never sits in memory; {@link AuditTrailExport} writes it. Roles: ADMIN, COMPLIANCE.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
@Tag(name = "Audit trail", description = "Every recorded event: who, what, when, why. Roles: ADMIN, COMPLIANCE.")
class AuditTrailExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final AuditTrailExport export;

    AuditTrailExportController(AuditTrailExport export) {
        this.export = export;
    }

    @GetMapping(path = "/events/export", produces = {"text/csv", "application/x-ndjson"})
    @Operation(summary = "Export matching events, oldest first, as CSV (with a header row) or JSON lines",
            description = "Same filters as /api/audit/events, and subject: every event that names a person, as "
                    + "/api/privacy/subjects/{subjectId}/trail lists them; format is csv (default) or jsonl. The file "
                    + "is named "
                    + "after the filters (and the zone). Every row carries hash and previousHash, its event's link "
                    + "of the stored audit hash chain and the one before it (empty while the chain has not reached "
                    + "the event). JSON lines also carry storedPayload and storedMetaData (base64 of the stored bytes "
                    + "each link hashes) and end in a trailer line, {\"trailer\":{…},\"signature\":\"…\"}, "
                    + "with the row count, the SHA-256 of every byte before it, the filter and an Ed25519 signature "
                    + "by the key of the signed checkpoints: docs/audit/VerifyExport.java checks such a file "
                    + "offline (docs/audit-exports.md). zone (an IANA time zone id such as Asia/Tokyo) adds "
                    + "localTime, the time in that zone with its offset, beside the UTC timestamp. excel=true (CSV "
                    + "only): starts with a UTF-8 byte-order mark so that Excel reads Japanese text right, and text "
                    + "fields a spreadsheet would run as formulas get a leading apostrophe.")
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
                                                 @RequestParam(required = false) String subject,
                                                 @RequestParam(required = false) String zone,
                                                 @RequestParam(defaultValue = "false") boolean excel) {
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "jsonl", "ndjson" -> false;
            default -> throw new DomainException(CommonErrors.INVALID_INPUT, "format must be csv or jsonl");
        };
        ZoneId zoneId = zone(zone);
        AuditTrailFilter filter = new AuditTrailFilter(aggregateType, aggregateId, type, user, correlationId, from,
                to, subject).checked();
        AuditTrailExport.Request request = new AuditTrailExport.Request(filter, csv, excel, zoneId);
        StreamingResponseBody body = out -> export.write(request, out);
        String filename = CsvFiles.fileName("audit-events", csv ? "csv" : "jsonl", "aggregateType", aggregateType,
                "aggregateId", aggregateId, "type", type, "user", user, "correlationId", correlationId,
                "from", from == null ? null : from.toString(), "to", to == null ? null : to.toString(),
                "subject", subject, "zone", zoneId == null ? null : zoneId.getId());
        return CsvFiles.download(filename, csv ? CSV : NDJSON).body(body);
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT,
                    "zone must be a time zone id such as Asia/Tokyo, not " + zone);
        }
    }
}
