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
 * ({@code GET /api/read-models}, {@code docs/read-models.md}, the read-only port). A read model joins once it keeps
 * the storage rule of {@code ReadModelMapping} (money and quantities as decimals, instants as dates, business dates as
 * {@code YYYY-MM-DD}); until then it is listed with the internal collections.
 */
@Configuration(proxyBeanMethods = false)
public class AnalystReadModels {

    /** The analyst-facing read models, in the catalogue's order: context by context. */
    public static final List<ReadModel> READ_MODELS = Stream.of(PayrollReadModels.ALL, InventoryReadModels.ALL,
            PurchasingReadModels.ALL, ShippingReadModels.ALL, FinanceReadModels.ALL, AuditReadModels.ALL)
            .flatMap(List::stream).toList();

    @Bean
    ReadModelCatalogue readModelCatalogue(ReadModelRoutes routes) {
        return new ReadModelCatalogue(READ_MODELS, InternalCollections.ALL, routes::physical);
    }
}
