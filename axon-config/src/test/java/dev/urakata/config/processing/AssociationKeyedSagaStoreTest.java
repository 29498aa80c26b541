package dev.urakata.config.processing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.testing.EmbeddedMongo;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sagas stored, found by association, updated, and deleted on the embedded MongoDB-wire server. */
class AssociationKeyedSagaStoreTest {

    /** A saga's state, as the store sees it: any object the serializer can write. */
    public static class Onboarding {
        public String employeeId;
        public boolean signed;
    }

    /** Another saga type, to show that associations are per type. */
    public static class Offboarding {
        public String employeeId;
    }

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private AssociationKeyedSagaStore store;

    @BeforeEach
    void setUp() {
        store = new AssociationKeyedSagaStore(mongo.client().getDatabase("test"), "sagas",
                JacksonSerializer.builder().objectMapper(new ObjectMapper()).build());
    }

    static Onboarding onboarding(String employeeId, boolean signed) {
        Onboarding saga = new Onboarding();
        saga.employeeId = employeeId;
        saga.signed = signed;
        return saga;
    }

    @Test
    void findsASagaByEachOfItsAssociationsAndOnlyForItsOwnType() {
        AssociationValue employee = new AssociationValue("employeeId", "emp-1");
        store.insertSaga(Onboarding.class, "saga-1", onboarding("emp-1", false), Set.of(employee,
                new AssociationValue("contractId", "employment-emp-1")));
        store.insertSaga(Onboarding.class, "saga-2", onboarding("emp-2", false),
                Set.of(new AssociationValue("employeeId", "emp-2")));

        assertThat(store.findSagas(Onboarding.class, employee)).containsExactly("saga-1");
        assertThat(store.findSagas(Onboarding.class, new AssociationValue("contractId", "employment-emp-1")))
                .containsExactly("saga-1");
        assertThat(store.findSagas(Offboarding.class, employee)).isEmpty();
        assertThat(store.findSagas(Onboarding.class, new AssociationValue("employeeId", "emp-3"))).isEmpty();

        SagaStore.Entry<Onboarding> loaded = store.loadSaga(Onboarding.class, "saga-1");
        assertThat(loaded.saga().employeeId).isEqualTo("emp-1");
        assertThat(loaded.associationValues()).hasSize(2).contains(employee);
        assertThat(store.loadSaga(Onboarding.class, "nope")).isNull();
    }

    @Test
    void anUpdateStoresTheNewStateAndMovesTheAssociations() {
        AssociationValue employee = new AssociationValue("employeeId", "emp-1");
        AssociationValue run = new AssociationValue("runId", "run-6");
        store.insertSaga(Onboarding.class, "saga-1", onboarding("emp-1", false), Set.of(employee));

        AssociationValuesImpl values = new AssociationValuesImpl(Set.of(employee));
        values.add(run);
        values.remove(employee);
        store.updateSaga(Onboarding.class, "saga-1", onboarding("emp-1", true), values);

        assertThat(store.loadSaga(Onboarding.class, "saga-1").saga().signed).isTrue();
        assertThat(store.loadSaga(Onboarding.class, "saga-1").associationValues()).containsExactly(run);
        assertThat(store.findSagas(Onboarding.class, run)).containsExactly("saga-1");
        assertThat(store.findSagas(Onboarding.class, employee)).isEmpty();
    }

    @Test
    void aDeletedSagaIsGoneAndItsAssociationsNoLongerFindIt() {
        AssociationValue shared = new AssociationValue("invoiceId", "inv-1");
        store.insertSaga(Onboarding.class, "saga-1", onboarding("emp-1", false), Set.of(shared));
        store.insertSaga(Onboarding.class, "saga-2", onboarding("emp-2", false), Set.of(shared));
        // Linking twice (a redelivery) keeps one entry.
        store.insertSaga(Onboarding.class, "saga-2", onboarding("emp-2", false), Set.of(shared));
        assertThat(store.findSagas(Onboarding.class, shared)).containsExactlyInAnyOrder("saga-1", "saga-2");

        store.deleteSaga(Onboarding.class, "saga-1", Set.of(shared));

        assertThat(store.loadSaga(Onboarding.class, "saga-1")).isNull();
        assertThat(store.findSagas(Onboarding.class, shared)).containsExactly("saga-2");
    }
}
