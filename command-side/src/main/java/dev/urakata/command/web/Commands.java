package dev.urakata.command.web;

import dev.urakata.command.uniqueness.AggregateKinds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Collection;

/**
 * What a command endpoint does besides mapping its request to a command: check that the ids the request names
 * are of the kind it says ({@link AggregateKinds}), send the command and wait for its outcome, and answer a
 * creation with 201 and the new record's {@code Location}. One dependency for every command controller, so that
 * a controller reads as the mapping it is.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final AggregateKinds kinds;

    public Commands(CommandGateway gateway, AggregateKinds kinds) {
        this.gateway = gateway;
        this.kinds = kinds;
    }

    /** Sends a command and waits for it to be handled; its handler's refusal is thrown as it was raised. */
    public <R> R sendAndWait(Object command) {
        return gateway.sendAndWait(command);
    }

    /** Sends a command and answers 200 with {@code answer} once it is handled. */
    public <B> ResponseEntity<B> send(Object command, B answer) {
        gateway.sendAndWait(command);
        return ResponseEntity.ok(answer);
    }

    /** Sends a command that creates a record: 201 with {@code location} and {@code body} once it is handled. */
    public <B> ResponseEntity<B> create(Object command, String location, B body) {
        gateway.sendAndWait(command);
        return ResponseEntity.created(URI.create(location)).body(body);
    }

    /** @see AggregateKinds#requireReference */
    public void requireReference(Object id, AggregateKinds.Kind kind, String field) {
        kinds.requireReference(id, kind, field);
    }

    /** @see AggregateKinds#requireReferences */
    public void requireReferences(Collection<?> ids, AggregateKinds.Kind kind, String field) {
        kinds.requireReferences(ids, kind, field);
    }

    /** @see AggregateKinds#requireExisting */
    public void requireExisting(Object id, AggregateKinds.Kind kind) {
        kinds.requireExisting(id, kind);
    }

    /** @see AggregateKinds#requireUnused */
    public void requireUnused(Object id, AggregateKinds.Kind kind) {
        kinds.requireUnused(id, kind);
    }
}
