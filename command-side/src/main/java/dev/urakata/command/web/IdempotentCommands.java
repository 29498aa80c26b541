package dev.urakata.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes command POSTs safe to retry with an {@code Idempotency-Key} header: the first request with a key is
 * executed and its response kept; a retry with the same key and the same request gets that response again
 * (with {@code Idempotent-Replayed: true}) and nothing new is appended.
 *
 * <p>Keys are scoped to the authenticated user. Reusing a key for a different request is refused (422); a retry
 * that arrives while the first is still running is refused (409). A request that fails keeps no record, so it
 * can be retried with the same key once the cause is fixed. The record lives in MongoDB so every command-side
 * instance sees it.
 */
@Component
public class IdempotentCommands {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "http_idempotency_keys";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");
    /** A request still "in progress" after this long was abandoned by a crashed process and may be retaken. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final ObjectMapper mapper;
    private final CommandGateway commands;

    public IdempotentCommands(MongoTemplate mongo, ObjectMapper mapper, CommandGateway commands) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.commands = commands;
    }

    /**
     * The common case: sends {@code command} at most once per user and key and answers 200 with {@code answer}.
     *
     * @param key     the header value, or {@code null}
     * @param user    the authenticated user
     * @param route   what is being done, for example {@code POST /api/hr/employees/42/terminate}
     * @param request the parsed request body (its JSON form identifies the request)
     * @param command the command to send
     * @param answer  the response body
     */
    public ResponseEntity<?> send(String key, String user, String route, Object request, Object command,
                                  Object answer) {
        return execute(key, user, route, request, () -> {
            commands.sendAndWait(command);
            return ResponseEntity.ok(answer);
        });
    }

    /**
     * Executes {@code command} at most once per user and key.
     *
     * @param key     the header value, or {@code null} to execute without idempotency
     * @param user    the authenticated user
     * @param route   what is being done, for example {@code POST /api/hr/employees}
     * @param request the parsed request body (its JSON form identifies the request)
     * @param command sends the command and builds the response
     */
    public ResponseEntity<?> execute(String key, String user, String route, Object request,
                                     Supplier<ResponseEntity<?>> command) {
        if (key == null) {
            return command.get();
        }
        if (!KEY_FORMAT.matcher(key).matches()) {
            throw new DomainException(ErrorCode.INVALID_INPUT,
                    HEADER + " must be 1-128 printable ASCII characters without spaces");
        }
        String id = user + "\n" + key;
        String fingerprint = fingerprint(route, request);
        ResponseEntity<?> replay = claimOrReplay(id, fingerprint);
        if (replay != null) {
            return replay;
        }
        ResponseEntity<?> response;
        try {
            response = command.get();
        } catch (RuntimeException e) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            throw e;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                        .set("state", "DONE")
                        .set("status", response.getStatusCode().value())
                        .set("location", response.getHeaders().getFirst(HttpHeaders.LOCATION))
                        .set("body", toJson(response.getBody())),
                COLLECTION);
        return response;
    }

    private ResponseEntity<?> claimOrReplay(String id, String fingerprint) {
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("state", "PENDING")
                    .append("startedAt", Instant.now().toString()), COLLECTION);
            return null;
        } catch (DuplicateKeyException alreadyUsed) {
            Document first = mongo.findById(id, Document.class, COLLECTION);
            if (first == null) {
                return claimOrReplay(id, fingerprint); // the first attempt failed and was removed meanwhile
            }
            if (!fingerprint.equals(first.getString("fingerprint"))) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This " + HEADER + " was already used for a different request");
            }
            if ("PENDING".equals(first.getString("state"))) {
                if (Instant.parse(first.getString("startedAt")).plus(ABANDONED_AFTER).isBefore(Instant.now())) {
                    mongo.remove(Query.query(Criteria.where("_id").is(id).and("state").is("PENDING")), COLLECTION);
                    return claimOrReplay(id, fingerprint);
                }
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                        "A request with this " + HEADER + " is still being processed");
            }
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(first.getInteger("status")))
                    .header("Idempotent-Replayed", "true");
            if (first.getString("location") != null) {
                builder.header(HttpHeaders.LOCATION, first.getString("location"));
            }
            String body = first.getString("body");
            return body == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }

    private String fingerprint(String route, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(route.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    private String toJson(Object body) {
        try {
            return body == null ? null : mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store response", e);
        }
    }
}
