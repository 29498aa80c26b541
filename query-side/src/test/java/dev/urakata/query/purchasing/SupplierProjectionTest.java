package dev.urakata.query.purchasing;

import dev.urakata.shared.privacy.PersonalDataFields;
import dev.urakata.shared.privacy.PersonalDataErasedEvent;
import dev.urakata.shared.privacy.DataSubjectId;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.purchasing.ListSuppliersQuery;
import dev.urakata.shared.SupplierId;
import dev.urakata.shared.purchasing.SupplierPage;
import dev.urakata.shared.purchasing.SupplierRegisteredEvent;
import dev.urakata.shared.purchasing.SupplierSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The supplier list on the embedded MongoDB-wire server. */
class SupplierProjectionTest {

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private SupplierProjection projection;

    @BeforeEach
    void setUp() {
        projection = new SupplierProjection(mongo.template());
    }

    @Test
    void listsSuppliersByNameAndIgnoresARedeliveredRegistration() {
        SupplierRegisteredEvent kansai = new SupplierRegisteredEvent(new SupplierId("s1"), "Kansai Steel",
                "orders@kansai.example", "JPY");
        projection.on(kansai, 0);
        projection.on(new SupplierRegisteredEvent(new SupplierId("s2"), "Aomori Timber", "a@aomori.example", "JPY"), 0);
        projection.on(new SupplierRegisteredEvent(new SupplierId("s3"), "Rhein Tools", "r@rhein.example", "EUR"), 0);
        projection.on(kansai, 0);

        SupplierPage first = projection.handle(new ListSuppliersQuery(0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(SupplierSummary::name).containsExactly("Aomori Timber", "Kansai Steel");
        assertThat(projection.handle(new ListSuppliersQuery(1, 2)).items()).singleElement()
                .isEqualTo(new SupplierSummary(new SupplierId("s3"), "Rhein Tools", "r@rhein.example", "EUR"));
        assertConforms(mongo.template(), SupplierProjection.COLLECTION);
    }

    @Test
    void anErasedContactReadsAsErasedWhileTheSupplierStays() {
        projection.on(new SupplierRegisteredEvent(new SupplierId("s1"), "Kansai Steel", "hiro@kansai.example", "JPY"),
                0);
        projection.on(new SupplierRegisteredEvent(new SupplierId("s2"), "Aomori Timber", "a@aomori.example", "JPY"), 0);

        projection.on(new PersonalDataErasedEvent(new DataSubjectId("s1"), "contact left"));

        SupplierPage page = projection.handle(new ListSuppliersQuery(0, 10));
        assertThat(page.items()).extracting(SupplierSummary::name, SupplierSummary::contactEmail)
                .containsExactly(tuple("Aomori Timber", "a@aomori.example"),
                        tuple("Kansai Steel", PersonalDataFields.ERASED));
        assertConforms(mongo.template(), SupplierProjection.COLLECTION);
    }
}
