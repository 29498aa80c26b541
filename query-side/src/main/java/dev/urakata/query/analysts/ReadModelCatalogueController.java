package dev.urakata.query.analysts;

import dev.urakata.config.web.JsonApi;
import dev.urakata.query.readmodel.ReadModelCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The read-model catalogue, for analysts choosing what to query. Roles: ADMIN, ANALYST, COMPLIANCE. */
@JsonApi("/api/read-models")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'COMPLIANCE')")
@Tag(name = "Read models", description = "The collections analysts may query with their own tools (the read-only "
        + "MongoDB port, or MongoDB itself), their fields and meaning. Roles: ADMIN, ANALYST, COMPLIANCE.")
class ReadModelCatalogueController {

    /** The catalogue as served. */
    record Catalogue(List<ReadModelEntry> readModels, List<ReadModelCatalogue.Internal> internal) {
    }

    /** One read model as served: its projection class by its events only. */
    record ReadModelEntry(String collection, String document, String key, List<String> asOf, List<String> events,
                          List<FieldEntry> fields, List<String> neverShown) {
    }

    /** One field as served: its stored form spelled out. */
    record FieldEntry(String name, String storedAs, boolean optional, String meaning) {
    }

    private final ReadModelCatalogue catalogue;

    ReadModelCatalogueController(ReadModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every read model for analysts, and the collections that are not for them")
    Catalogue catalogue() {
        return new Catalogue(catalogue.readModels().stream().map(model -> new ReadModelEntry(model.collection(),
                model.document(), model.key(), model.asOf(), model.events(), model.fields().stream()
                .map(field -> new FieldEntry(field.name(), field.type().stored(), field.optional(), field.meaning()))
                .toList(), model.hidden())).toList(), catalogue.internal());
    }
}
