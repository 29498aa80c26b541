package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Hand an available asset to an employee.
 *
 * @param assetId    the asset
 * @param employeeId who gets it
 * @param assignedOn the day it is handed over
 */
public record AssignAssetCommand(@TargetAggregateIdentifier AssetId assetId, EmployeeId employeeId,
                                 LocalDate assignedOn) {
}
