package dev.urakata.query.operations;

import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Told of every event a blue-green rebuild is about to apply to the new version of a processor's projections; an
 * exception fails the rebuild (the live version stays as it was). Every bean of this type is called, on the rebuild's
 * thread, so a listener that blocks pauses the rebuild: useful to throttle it, to watch it, and in tests to look at
 * the live version while a rebuild is under way.
 */
@FunctionalInterface
public interface ShadowBuildListener {

    /**
     * @param processor the processor being rebuilt
     * @param event     the next event for its new version
     */
    void beforeEvent(String processor, TrackedEventMessage<?> event) throws Exception;
}
