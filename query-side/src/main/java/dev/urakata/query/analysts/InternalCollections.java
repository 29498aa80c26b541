package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue.Internal;

import java.util.List;
import java.util.stream.Stream;

/** The collections that are not for analysts, and what each is for. */
final class InternalCollections {

    static final List<Internal> ALL = Stream.of(FinanceReadModels.INTERNAL).flatMap(List::stream).toList();

    private InternalCollections() {
    }
}
