package dev.urakata.shared.audit;

import java.util.List;

/**
 * A page of the audit trail.
 *
 * @param items the entries on this page, oldest first
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of entries matching the filters
 */
public record AuditEventPage(List<AuditEventEntry> items, int page, int size, long total) {
    public AuditEventPage {
        items = List.copyOf(items);
    }
}
