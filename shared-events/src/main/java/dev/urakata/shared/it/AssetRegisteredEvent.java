package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

/**
 * An IT asset was put on the register; it is available.
 *
 * @param assetId      the asset
 * @param assetType    what kind of asset
 * @param serialNumber the manufacturer's serial number
 * @param model        make and model, or a short description
 */
@Revision("1")
public record AssetRegisteredEvent(AssetId assetId, AssetType assetType, String serialNumber, String model) {
}
