package dev.urakata.shared.operations;

import java.util.List;

/**
 * Every processing group that has a dead-letter queue, in one unpaged list.
 *
 * @param items the groups, by name
 * @param page  always 0
 * @param size  the number of items
 * @param total the number of groups
 */
public record DeadLetterGroupList(List<DeadLetterGroupSummary> items, int page, int size, long total) {
    public DeadLetterGroupList {
        items = List.copyOf(items);
    }
}
