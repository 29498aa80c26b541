package dev.urakata.query.payroll;

import java.util.List;

/** One page of a list computed in memory (views "as of" an instant are assembled, not read off an index). */
final class PayrollPages {

    private PayrollPages() {
    }

    static <T> List<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return all.subList(from, to);
    }
}
