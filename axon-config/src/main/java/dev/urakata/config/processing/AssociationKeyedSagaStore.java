package dev.urakata.config.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Saga instances in MongoDB, found through documents keyed by association: one document per saga type, association
 * key and value, whose {@code _id} is exactly that triple and which lists the sagas associated with it.
 *
 * <p>Why not Axon's {@code MongoSagaStore}: it finds sagas by querying the association array of every saga document,
 * which needs an index on it. The embedded MongoDB-wire server answers only {@code _id} (and unique) lookups from an
 * index and scans the whole collection for anything else, deserializing every saga on the way; with a thousand open
 * onboardings every hire, payslip and termination scanned them all, and the processors waiting for those scans held
 * their database connections until the pool ran dry. Lookups by {@code _id} are indexed everywhere, so this store
 * needs no index to be declared and finds a saga in one read on either server.
 *
 * <p>Like Axon's store, writes are not transactional with the event processor's token; a saga is written after each
 * event it handled, and association documents are updated with idempotent set operations.
 */
public class AssociationKeyedSagaStore implements SagaStore<Object> {

    /** Separates the parts of an association document's id; a control character no key or value contains. */
    private static final String SEPARATOR = "\u001f";

    private final MongoCollection<Document> sagas;
    private final MongoCollection<Document> associations;
    private final Serializer serializer;

    public AssociationKeyedSagaStore(MongoDatabase database, String collectionPrefix, Serializer serializer) {
        this.sagas = database.getCollection(collectionPrefix + "_instances");
        this.associations = database.getCollection(collectionPrefix + "_associations");
        this.serializer = serializer;
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        Document association = associations.find(Filters.eq("_id", idOf(sagaType, associationValue))).first();
        return association == null ? Set.of() : new HashSet<>(association.getList("sagas", String.class, List.of()));
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document doc = sagas.find(Filters.eq("_id", sagaIdentifier)).first();
        if (doc == null) {
            return null;
        }
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(doc.get("data", Binary.class).getData(),
                byte[].class, doc.getString("serializedType"), doc.getString("revision"));
        S saga = serializer.deserialize(serialized);
        Set<AssociationValue> values = new HashSet<>();
        for (Document value : doc.getList("associations", Document.class, List.of())) {
            values.add(new AssociationValue(value.getString("key"), value.getString("value")));
        }
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return values;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        for (AssociationValue value : associationValues) {
            unlink(sagaType, value, sagaIdentifier);
        }
        sagas.deleteOne(Filters.eq("_id", sagaIdentifier));
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           Set<AssociationValue> associationValues) {
        write(sagaType, sagaIdentifier, saga, associationValues);
        for (AssociationValue value : associationValues) {
            link(sagaType, value, sagaIdentifier);
        }
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           AssociationValues associationValues) {
        write(sagaType, sagaIdentifier, saga, associationValues.asSet());
        for (AssociationValue added : associationValues.addedAssociations()) {
            link(sagaType, added, sagaIdentifier);
        }
        for (AssociationValue removed : associationValues.removedAssociations()) {
            unlink(sagaType, removed, sagaIdentifier);
        }
    }

    private void write(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> values) {
        SerializedObject<byte[]> serialized = serializer.serialize(saga, byte[].class);
        List<Document> associationList = new ArrayList<>();
        for (AssociationValue value : values) {
            associationList.add(new Document("key", value.getKey()).append("value", value.getValue()));
        }
        Document doc = new Document("_id", sagaIdentifier)
                .append("sagaType", sagaType.getName())
                .append("serializedType", serialized.getType().getName())
                .append("revision", serialized.getType().getRevision())
                .append("data", new Binary(serialized.getData()))
                .append("associations", associationList);
        sagas.replaceOne(Filters.eq("_id", sagaIdentifier), doc, new ReplaceOptions().upsert(true));
    }

    private void link(Class<?> sagaType, AssociationValue value, String sagaIdentifier) {
        associations.updateOne(Filters.eq("_id", idOf(sagaType, value)), Updates.addToSet("sagas", sagaIdentifier),
                new UpdateOptions().upsert(true));
    }

    private void unlink(Class<?> sagaType, AssociationValue value, String sagaIdentifier) {
        String id = idOf(sagaType, value);
        associations.updateOne(Filters.eq("_id", id), Updates.pull("sagas", sagaIdentifier));
        associations.deleteOne(Filters.and(Filters.eq("_id", id), Filters.size("sagas", 0)));
    }

    private static String idOf(Class<?> sagaType, AssociationValue value) {
        return sagaType.getName() + SEPARATOR + value.getKey() + SEPARATOR + value.getValue();
    }
}
