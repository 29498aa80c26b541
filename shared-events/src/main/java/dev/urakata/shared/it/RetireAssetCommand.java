package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Take an asset out of service for good (broken, lost, disposed of). Only an asset nobody holds.
 *
 * @param assetId   the asset
 * @param retiredOn the day
 * @param reason    why
 */
public record RetireAssetCommand(@TargetAggregateIdentifier AssetId assetId, LocalDate retiredOn, String reason) {
}
