package dev.urakata.shared.it;

import java.util.List;

/**
 * A page of the asset register.
 *
 * @param items the assets of this page
 * @param page  the page, from 0
 * @param size  the page size asked for
 * @param total how many assets match in all
 */
public record AssetPage(List<AssetSummary> items, int page, int size, long total) {

    public AssetPage {
        items = List.copyOf(items);
    }
}
