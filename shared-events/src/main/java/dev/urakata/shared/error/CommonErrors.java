package dev.urakata.shared.error;

/**
 * The error codes of every context: input, access, addressing, concurrency and the service itself.
 *
 * <p>See {@link ErrorCode}: each name is a stable code that clients branch on; the refusal is what kind
 * of no it is, which the web layer answers with an HTTP status.
 */
public enum CommonErrors implements ErrorCode {
    /** A field is missing, malformed or outside its allowed range. */
    INVALID_INPUT(Refusal.BAD_INPUT),
    /** The body is not valid JSON or does not have the expected shape. */
    MALFORMED_REQUEST(Refusal.BAD_INPUT),
    /** No or wrong credentials. */
    UNAUTHENTICATED(Refusal.UNAUTHENTICATED),
    /** The caller's roles do not allow this action. */
    FORBIDDEN(Refusal.FORBIDDEN),
    /** No such resource or route. */
    NOT_FOUND(Refusal.NOT_FOUND),
    /** The HTTP method is not supported on this resource. */
    METHOD_NOT_ALLOWED(Refusal.METHOD_NOT_ALLOWED),
    /** Another command changed the same aggregate at the same time; retry after re-reading. */
    CONCURRENT_MODIFICATION(Refusal.CONFLICT),
    /** The aggregate already exists. */
    ALREADY_EXISTS(Refusal.CONFLICT),
    /**
     * The id chosen for something new is already the id of another kind of record, or has the shape of an id the
     * system derives for one (an accounting period, a budget, an employee's leave account...): two kinds of record
     * under one id would mix their histories.
     */
    ID_IN_USE(Refusal.CONFLICT),
    /** A request with the same Idempotency-Key is still being processed. */
    IDEMPOTENCY_KEY_IN_USE(Refusal.CONFLICT),
    /** The body exceeds the configured maximum request size. */
    PAYLOAD_TOO_LARGE(Refusal.BODY_TOO_LARGE),
    /** The request's content type is not supported. */
    UNSUPPORTED_MEDIA_TYPE(Refusal.UNSUPPORTED_MEDIA_TYPE),
    /**
     * The request line or a header is refused before the application reads it: an encoded slash, backslash or NUL in
     * the path, a double slash or a path parameter, a header value with control characters, a malformed request.
     */
    REQUEST_REJECTED(Refusal.BAD_INPUT),
    /** The request line (path and query) is longer than the server accepts. */
    URI_TOO_LONG(Refusal.ADDRESS_TOO_LONG),
    /** The request's headers are larger than the server accepts. */
    HEADERS_TOO_LARGE(Refusal.HEADERS_TOO_LARGE),
    /** The Idempotency-Key was already used for a different request. */
    IDEMPOTENCY_KEY_REUSED(Refusal.RULE_VIOLATED),
    /** The request is well-formed but the business rules refuse it. */
    BUSINESS_RULE_VIOLATED(Refusal.RULE_VIOLATED),
    /** The command would not change anything. */
    NO_CHANGE(Refusal.RULE_VIOLATED),
    /** An amount's currency differs from the currency already in use. */
    CURRENCY_MISMATCH(Refusal.RULE_VIOLATED),
    /** A purchase order drafted by a person must be approved by another person (four-eyes rule). */
    FOUR_EYES_REQUIRED(Refusal.RULE_VIOLATED),
    /** A dependency (event store, database) is temporarily unavailable. */
    SERVICE_UNAVAILABLE(Refusal.UNAVAILABLE),
    /** An unexpected failure; the details are in the server log, never in the response. */
    INTERNAL_ERROR(Refusal.FAILED);

    private final Refusal refusal;

    CommonErrors(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
