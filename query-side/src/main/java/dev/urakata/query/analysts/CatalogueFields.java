package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.Field;
import dev.urakata.query.readmodel.ReadModelCatalogue.FieldType;

/** Shorthands for the catalogue's field lists. */
final class CatalogueFields {

    private CatalogueFields() {
    }

    /** A field every document has. */
    static Field field(String name, FieldType type, String meaning) {
        return new Field(name, type, false, meaning);
    }

    /** A field some documents lack (or hold null in). */
    static Field optional(String name, FieldType type, String meaning) {
        return new Field(name, type, true, meaning);
    }
}
