package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDate;

/**
 * One asset on the register.
 *
 * @param assetId      the asset
 * @param assetType    what kind of asset
 * @param serialNumber the serial number
 * @param model        make and model
 * @param status       where it is
 * @param holder       who holds it now, or {@code null} (also for readers without access to personal data)
 * @param assignedOn   since when the holder has it, or {@code null}
 */
public record AssetSummary(AssetId assetId, AssetType assetType, String serialNumber, String model,
                           AssetStatus status, EmployeeId holder, LocalDate assignedOn) {

    /** The same asset without who holds it. */
    public AssetSummary withoutPersonalData() {
        return new AssetSummary(assetId, assetType, serialNumber, model, status, null, null);
    }
}
