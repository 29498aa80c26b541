package dev.urakata.shared.error;

/**
 * The kinds of no a request can get, whatever the context that says it. The web layer maps each to one HTTP status
 * ({@code dev.urakata.config.web.Problems}); nothing below the web layer knows about HTTP.
 */
public enum Refusal {
    /** A field is missing, malformed or out of range, or the request cannot be read. */
    BAD_INPUT,
    /** No or wrong credentials. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    /** Nothing of the kind is recorded under the id, or there is no such route. */
    NOT_FOUND,
    /** The route does not take this method. */
    METHOD_NOT_ALLOWED,
    /** The state of what is addressed does not allow it now (a duplicate, a status, a concurrent change). */
    CONFLICT,
    /** The body is larger than the server accepts. */
    BODY_TOO_LARGE,
    /** The request line is longer than the server accepts. */
    ADDRESS_TOO_LONG,
    /** The body is not in a format the route reads. */
    UNSUPPORTED_MEDIA_TYPE,
    /** The request is well-formed, but a business rule refuses it. */
    RULE_VIOLATED,
    /** The headers are larger than the server accepts. */
    HEADERS_TOO_LARGE,
    /** A dependency is not available for now; trying again later may succeed. */
    UNAVAILABLE,
    /** An unexpected failure of the service itself. */
    FAILED
}
