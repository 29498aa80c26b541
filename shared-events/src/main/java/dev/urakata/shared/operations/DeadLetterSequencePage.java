package dev.urakata.shared.operations;

import java.util.List;

/**
 * A page of the dead-lettered sequences of one processing group.
 *
 * @param processingGroup the processing group
 * @param items           the sequences on this page, in queue order
 * @param page            page number from 0
 * @param size            requested page size
 * @param total           number of dead-lettered sequences in the group
 */
public record DeadLetterSequencePage(String processingGroup, List<DeadLetterSequenceDetails> items, int page,
                                     int size, long total) {
    public DeadLetterSequencePage {
        items = List.copyOf(items);
    }
}
