package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An asset was handed to an employee.
 *
 * @param assetId    the asset
 * @param assetType  what kind of asset
 * @param employeeId who holds it now
 * @param assignedOn the day it was handed over
 */
@Revision("1")
public record AssetAssignedEvent(AssetId assetId, AssetType assetType, EmployeeId employeeId, LocalDate assignedOn) {
}
