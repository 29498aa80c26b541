package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An asset was taken out of service; it accepts nothing more.
 *
 * @param assetId   the asset
 * @param assetType what kind of asset
 * @param retiredOn the day
 * @param reason    why
 */
@Revision("1")
public record AssetRetiredEvent(AssetId assetId, AssetType assetType, LocalDate retiredOn, String reason) {
}
