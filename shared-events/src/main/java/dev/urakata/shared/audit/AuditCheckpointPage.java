package dev.urakata.shared.audit;

import java.util.List;

/**
 * A page of signed audit checkpoints.
 *
 * @param items the checkpoints on this page, oldest first
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of checkpoints in all
 */
public record AuditCheckpointPage(List<AuditCheckpoint> items, int page, int size, long total) {
    public AuditCheckpointPage {
        items = List.copyOf(items);
    }
}
