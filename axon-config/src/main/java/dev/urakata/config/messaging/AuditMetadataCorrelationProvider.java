package dev.urakata.config.messaging;

import dev.urakata.shared.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who and why from the message being handled onto every message it produces: the user, the
 * correlation id of the business transaction (started by the first message), and the causation id (the id of
 * the handled message itself). Events produced by a saga reacting to an event thus still name the user whose
 * command started it all.
 */
public class AuditMetadataCorrelationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object user = message.getMetaData().get(MetadataKeys.USER);
        if (user != null) {
            data.put(MetadataKeys.USER, user);
        }
        Object correlationId = message.getMetaData().get(MetadataKeys.CORRELATION_ID);
        data.put(MetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
