package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

/**
 * The asset register, by type and serial number. Answered with an {@link AssetPage}.
 *
 * @param holder only assets this employee holds now, or {@code null}
 * @param status only assets in this status, or {@code null}
 * @param type   only this type, or {@code null}
 * @param page   the page, from 0
 * @param size   the page size
 */
public record ListAssetsQuery(EmployeeId holder, AssetStatus status, AssetType type, int page, int size) {
}
