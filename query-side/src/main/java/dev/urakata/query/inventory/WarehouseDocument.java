package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code inventory_warehouses}: one warehouse as registered, keyed by warehouse id. */
public record WarehouseDocument(
        @Id String id,
        @Meaning("the warehouse's short code") String code,
        @Meaning("the warehouse's name") String name) {
}
