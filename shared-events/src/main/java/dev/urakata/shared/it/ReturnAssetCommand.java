package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The holder gives an assigned asset back.
 *
 * @param assetId    the asset
 * @param returnedOn the day it came back (not before it was assigned)
 * @param condition  remarks on its condition, may be {@code null}
 */
public record ReturnAssetCommand(@TargetAggregateIdentifier AssetId assetId, LocalDate returnedOn,
                                 String condition) {
}
