package dev.urakata.query.operations;

/**
 * Told before a processor's read models are emptied and rebuilt from the events (a reset in place or a blue-green
 * rebuild), so that whatever must be kept of the current state can be kept: the audit chain signs its current head,
 * which a rebuild over altered events would otherwise replace without a trace.
 */
public interface BeforeReplay {

    /**
     * @param processor the processor about to replay
     * @param user      who asked for it
     */
    void beforeReplay(String processor, String user);
}
