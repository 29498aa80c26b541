package dev.urakata.query.it;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.it.AssetStatus;
import dev.urakata.shared.it.AssetType;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** A document of {@code it_assets}: one asset on the register with its status and current holder, keyed by asset id. */
public record AssetDocument(
        @Id String id,
        @Meaning("what kind of asset: `LAPTOP`, `DESKTOP`, `PHONE`, `PERIPHERAL`, `BADGE` or `OTHER`")
        AssetType assetType,
        @Meaning("the serial number") String serialNumber,
        @Meaning("make and model") String model,
        @Meaning("`AVAILABLE`, `ASSIGNED` or `RETIRED`") AssetStatus status,
        @Meaning(value = "the employee who holds it now", optional = true, hidden = true) String holder,
        @Meaning(value = "since when the holder has it", optional = true, hidden = true) LocalDate assignedOn) {
}
