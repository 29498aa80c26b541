package dev.urakata.query.finance;

import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Read-model documents that keep every state they went through as a step (the state after one event, with the
 * event's id and when it was recorded): the current state is the last step, the state as of an instant the last
 * step recorded by then, and a redelivered event, found by its id, changes nothing.
 */
final class SteppedDocuments {

    private SteppedDocuments() {
    }

    /**
     * Appends the state {@code change} makes of the latest step of document {@code id} in {@code collection},
     * creating the document from {@code identity} (its fixed fields) on its first event.
     */
    static void step(MongoTemplate mongo, String collection, String id, Document identity, EventMessage<?> message,
                     UnaryOperator<Document> change) {
        Document doc = mongo.findById(id, Document.class, collection);
        if (doc == null) {
            doc = new Document("_id", id).append("steps", new ArrayList<Document>());
            doc.putAll(identity);
        }
        List<Document> steps = new ArrayList<>(doc.getList("steps", Document.class));
        if (steps.stream().anyMatch(step -> message.getIdentifier().equals(step.getString("eventId")))) {
            return; // redelivered
        }
        Document previous = steps.isEmpty() ? new Document() : steps.get(steps.size() - 1);
        Document next = change.apply(new Document(previous));
        next.append("eventId", message.getIdentifier()).append("recordedAt", Date.from(message.getTimestamp()));
        steps.add(next);
        mongo.save(doc.append("steps", steps), collection);
    }
}
