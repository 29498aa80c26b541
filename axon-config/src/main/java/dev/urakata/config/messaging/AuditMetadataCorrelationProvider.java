package dev.urakata.config.messaging;

import dev.urakata.shared.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who and why from the message being handled onto every message it produces: the user, the
 * correlation id of the business transaction (started by the first message), and the causation id (the id of
 * the handled message itself).
 *
 * <p>Only a command is somebody's act. A message produced while an event or a deadline is handled — a saga or
 * policy reacting, a deadline firing — is the system's: it carries {@link MetadataKeys#SYSTEM_USER} as its user,
 * and still the correlation id of the business transaction that set it going (a deadline message keeps the
 * metadata it was scheduled with), so the person behind it is one correlation query away. Before, a reorder draft
 * read as drafted by whoever set the reorder level, and deadline events had no user at all.
 */
public class AuditMetadataCorrelationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object user = message instanceof EventMessage<?> ? MetadataKeys.SYSTEM_USER
                : message.getMetaData().get(MetadataKeys.USER);
        if (user != null) {
            data.put(MetadataKeys.USER, user);
        }
        Object correlationId = message.getMetaData().get(MetadataKeys.CORRELATION_ID);
        data.put(MetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
