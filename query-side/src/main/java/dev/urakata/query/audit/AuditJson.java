package dev.urakata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.stereotype.Component;

/**
 * The JSON of the audit trail: payloads as an auditor reads them (ISO dates; otherwise whatever the application's
 * mapper does), in the stored entries and in exports alike.
 *
 * <p>One per application, and the one a rebuild's second {@link AuditTrailProjection} is given too: a mapper builds
 * and caches a serializer per payload type on first use, and a fresh copy per projection instance made every
 * blue-green rebuild build them all again (and the JIT compile Jackson's introspection anew) while it applied events.
 */
@Component
public class AuditJson {

    private final ObjectMapper mapper;

    public AuditJson(ObjectMapper applicationMapper) {
        this.mapper = applicationMapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The configured mapper; shared, so never reconfigure it. */
    ObjectMapper mapper() {
        return mapper;
    }
}
