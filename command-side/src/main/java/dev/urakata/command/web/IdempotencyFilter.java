package dev.urakata.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.urakata.config.refusals.RefusalRecorder;
import dev.urakata.config.web.Problems;
import dev.urakata.config.web.RequestSizeLimitFilter;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes every command request (POST, and the PUT and DELETE of sign-ins) safe to retry with an {@code Idempotency-Key} header, without the controllers knowing:
 * the first request with a key is executed and its answer kept; a retry with the same key and the same request gets
 * that answer again (with {@code Idempotent-Replayed: true}) and nothing new is appended.
 *
 * <p>Keys are scoped to the authenticated user (this filter runs after the security chain). Reusing a key for a
 * different request (another address, or a body that differs in more than layout and member order) is refused
 * (422); a retry that arrives while the first is still running is refused (409). A request answered with an error
 * keeps no record, so it can be retried with the same key once the cause is fixed. Records live in MongoDB, so every
 * command-side instance sees them.
 *
 * <p>Why a filter: the key, the user, the route and the request body are all in the HTTP request, so the 20 command
 * controllers only map a request to a command; until 2026-12-06 each of their 111 POST handlers took the header and
 * wrapped its work in a call with a hand-typed route. Only requests handled by a command-side controller qualify.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "http_idempotency_keys";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");
    /** A request still "in progress" after this long was abandoned by a crashed process and may be retaken. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final String COMMAND_SIDE = "dev.urakata.command.";

    private final MongoTemplate mongo;
    private final ObjectMapper mapper;
    /** Member order does not make two bodies different requests. */
    private final ObjectMapper canonical;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    /** A key reused or still in use is a refusal (422, 409), recorded like any other. */
    private final ObjectProvider<RefusalRecorder> refusals;

    public IdempotencyFilter(MongoTemplate mongo, ObjectMapper mapper,
                             ObjectProvider<RequestMappingHandlerMapping> handlers,
                             ObjectProvider<RefusalRecorder> refusals) {
        this.mongo = mongo;
        this.refusals = refusals;
        this.mapper = mapper;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.handlers = handlers;
    }

    /** The methods that send commands. */
    static final Set<String> METHODS = Set.of("POST", "PUT", "DELETE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || !handledByTheCommandSide(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!KEY_FORMAT.matcher(key).matches()) {
            Problems.write(response, mapper, CommonErrors.INVALID_INPUT,
                    HEADER + " must be 1-128 printable ASCII characters without spaces");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestSizeLimitFilter.PayloadTooLargeException e) {
            response.setHeader("Connection", "close");
            Problems.write(response, mapper, CommonErrors.PAYLOAD_TOO_LARGE, e.getMessage());
            return;
        }
        String id = user.getName() + "\n" + key;
        try {
            if (replayed(id, fingerprint(request, body), response)) {
                return;
            }
        } catch (DomainException refused) {
            refusals.ifAvailable(recorder -> recorder.answered(request, Problems.statusOf(refused.code()),
                    refused.code().name()));
            Problems.write(response, mapper, refused.code(), refused.getMessage());
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReadAgain(request, body), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            forget(id);
            throw e;
        }
        if (answer.getStatus() >= 300) {
            forget(id);
        } else {
            byte[] written = answer.getContentAsByteArray();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                            .set("state", "DONE")
                            .set("status", answer.getStatus())
                            .set("location", answer.getHeader(HttpHeaders.LOCATION))
                            .set("body", written.length == 0 ? null : new String(written, StandardCharsets.UTF_8)),
                    COLLECTION);
        }
        answer.copyBodyToResponse();
    }

    private boolean handledByTheCommandSide(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        // The handler mapping reads the request's parsed path, which MVC parses only later: parse it for this lookup
        // and leave the request as it was.
        RequestPath parsed = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain handler = mapping.getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method
                    && method.getBeanType().getName().startsWith(COMMAND_SIDE);
        } catch (Exception e) {
            return false; // not a mapped request: MVC answers it as it would without a key
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(parsed, request);
            }
        }
    }

    /**
     * Claims the key for this request, or answers a retry.
     *
     * @return whether the response has been written (a replay of the first answer)
     * @throws DomainException IDEMPOTENCY_KEY_REUSED or IDEMPOTENCY_KEY_IN_USE
     */
    private boolean replayed(String id, String fingerprint, HttpServletResponse response) throws IOException {
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("state", "PENDING")
                    .append("startedAt", Instant.now().toString()), COLLECTION);
            return false;
        } catch (DuplicateKeyException alreadyUsed) {
            Document first = mongo.findById(id, Document.class, COLLECTION);
            if (first == null) {
                return replayed(id, fingerprint, response); // the first attempt failed and was removed meanwhile
            }
            if (!fingerprint.equals(first.getString("fingerprint"))) {
                throw new DomainException(CommonErrors.IDEMPOTENCY_KEY_REUSED,
                        "This " + HEADER + " was already used for a different request");
            }
            if ("PENDING".equals(first.getString("state"))) {
                if (Instant.parse(first.getString("startedAt")).plus(ABANDONED_AFTER).isBefore(Instant.now())) {
                    mongo.remove(Query.query(Criteria.where("_id").is(id).and("state").is("PENDING")), COLLECTION);
                    return replayed(id, fingerprint, response);
                }
                throw new DomainException(CommonErrors.IDEMPOTENCY_KEY_IN_USE,
                        "A request with this " + HEADER + " is still being processed");
            }
            response.setStatus(first.getInteger("status"));
            response.setHeader("Idempotent-Replayed", "true");
            if (first.getString("location") != null) {
                response.setHeader(HttpHeaders.LOCATION, first.getString("location"));
            }
            String body = first.getString("body");
            if (body != null) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
            return true;
        }
    }

    private void forget(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    /** The route and the body, the body as JSON with its members in one order (its bytes if it is not JSON). */
    private String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(canonicalForm(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    private byte[] canonicalForm(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            return tree == null ? body : canonical.writeValueAsBytes(canonical.treeToValue(tree, Object.class));
        } catch (IOException notJson) {
            return body; // MVC refuses it; the fingerprint only has to tell it from other bodies
        }
    }

    /** The request with its body, read once here, readable again by MVC. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Read synchronously");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
