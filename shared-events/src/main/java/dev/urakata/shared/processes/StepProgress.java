package dev.urakata.shared.processes;

import java.time.Instant;

/**
 * One step of a process in the progress view.
 *
 * @param step        the step
 * @param done        whether it is done
 * @param note        what happened, once done
 * @param doneAt      when it was done, or {@code null}
 * @param escalation  why it was escalated, or {@code null} if it never was
 * @param escalatedAt when it was escalated, or {@code null}
 */
public record StepProgress(ProcessStep step, boolean done, String note, Instant doneAt, String escalation,
                           Instant escalatedAt) {
}
