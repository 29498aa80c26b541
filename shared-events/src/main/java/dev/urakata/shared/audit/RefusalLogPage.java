package dev.urakata.shared.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A page of the security and refusal log.
 *
 * @param items the rows on this page, newest first
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of rows matching the filters
 */
@Schema(description = "A page of the security and refusal log, newest first")
public record RefusalLogPage(
        @Schema(description = "the rows on this page, newest first") List<RefusalLogEntry> items,
        @Schema(description = "page number from 0") int page,
        @Schema(description = "requested page size") int size,
        @Schema(description = "number of rows matching the filters") long total) {
    public RefusalLogPage {
        items = List.copyOf(items);
    }
}
