package dev.urakata.shared.operations;

import java.util.List;

/**
 * Every event processor of the answering instance, in one unpaged list.
 *
 * @param items the processors, by name
 * @param page  always 0
 * @param size  the number of items
 * @param total the number of processors
 */
public record ProcessorStatusList(List<ProcessorStatus> items, int page, int size, long total) {
    public ProcessorStatusList {
        items = List.copyOf(items);
    }
}
