package dev.urakata.query.audit;

/**
 * The events of the event store in global order, each as the bytes the audit chain hashes (see
 * {@link AuditChainHasher}): what an export hands out so that a reader can recompute every link offline.
 */
interface StoredEvents {

    /** One stored event: its position, its id and the bytes of its stored payload and metadata. */
    record Stored(long position, String eventId, byte[] payload, byte[] metaData) {
    }

    /** Starts reading at {@code position} (the first event there or after it), in global order. */
    Reading from(long position);

    /** An open reading of the store; close it when done. */
    interface Reading extends AutoCloseable {

        /** The next event, or {@code null} once the store has none after the last one read. */
        Stored next();

        @Override
        void close();
    }
}
