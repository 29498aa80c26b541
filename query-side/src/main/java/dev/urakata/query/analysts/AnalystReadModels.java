package dev.urakata.query.analysts;

import dev.urakata.query.readmodel.ReadModelCatalogue;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.query.readmodel.ReadModelRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which read models analysts may query directly, and what their fields mean: the content of the catalogue
 * ({@code GET /api/read-models}, {@code docs/read-models.md}, the read-only port), each built from its document
 * record. Every other collection is internal ({@link InternalCollections}): the machinery, the command side's views,
 * and the read models about one person.
 */
@Configuration(proxyBeanMethods = false)
public class AnalystReadModels {

    /** The analyst-facing read models, in the catalogue's order: context by context. */
    public static final List<ReadModel> READ_MODELS = Stream.of(PayrollReadModels.ALL, InventoryReadModels.ALL,
            PurchasingReadModels.ALL, ShippingReadModels.ALL, FinanceReadModels.ALL, ItReadModels.ALL,
            LegalReadModels.ALL, ComplianceReadModels.ALL, AuditReadModels.ALL)
            .flatMap(List::stream).toList();

    @Bean
    ReadModelCatalogue readModelCatalogue(ReadModelRoutes routes) {
        return new ReadModelCatalogue(READ_MODELS, InternalCollections.ALL, routes::physical);
    }
}
