package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;

import java.util.List;

/** The collections that are not for analysts, and what each is for. */
final class InternalCollections {

    static final List<Internal> ALL = List.of();

    private InternalCollections() {
    }
}
