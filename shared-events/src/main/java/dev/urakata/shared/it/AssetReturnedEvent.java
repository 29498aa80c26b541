package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee gave an asset back; it is available again.
 *
 * @param assetId    the asset
 * @param assetType  what kind of asset
 * @param employeeId who held it
 * @param returnedOn the day it came back
 * @param condition  free-text remarks on its condition, may be {@code null}
 */
@Revision("1")
public record AssetReturnedEvent(AssetId assetId, AssetType assetType, EmployeeId employeeId, LocalDate returnedOn,
                                 String condition) {
}
