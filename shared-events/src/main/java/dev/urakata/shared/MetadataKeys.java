package dev.urakata.shared;

/**
 * The metadata keys every command and event carries, shared so producers and readers agree on spelling.
 */
public final class MetadataKeys {
    /** The authenticated user on whose behalf the message was sent. Taken from the security context only. */
    public static final String USER = "user";
    /** The id shared by every message of one business transaction. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /**
     * The {@link #USER} of what the system does on its own: a deadline firing, a saga or policy reacting to an
     * event. The person whose act set it going is found through the {@link #CORRELATION_ID}.
     */
    public static final String SYSTEM_USER = "system";

    private MetadataKeys() {
    }
}
