package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a new IT asset on the register; it starts available.
 *
 * @param assetId      the new asset's id
 * @param assetType    what kind of asset
 * @param serialNumber the manufacturer's serial number, unique across the register
 * @param model        make and model, or a short description
 */
public record RegisterAssetCommand(@TargetAggregateIdentifier AssetId assetId, AssetType assetType,
                                   String serialNumber, String model) {
}
