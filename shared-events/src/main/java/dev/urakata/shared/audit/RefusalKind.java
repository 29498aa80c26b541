package dev.urakata.shared.audit;

/**
 * What kind of refusal a row of the security and refusal log records.
 */
public enum RefusalKind {
    /** Credentials were presented and refused: a wrong password, an unknown account, an invalid bearer token. */
    SIGN_IN_FAILED,
    /** A signed-in caller asked for something its roles, or who it is, do not allow (403). */
    FORBIDDEN,
    /** A command or request refused by a business rule or the state of what it addressed (409, 422). */
    REFUSED,
    /**
     * Not a refusal: how many refusals of one client were left out under the rate limit, written when its window
     * ended without another refusal of that client to carry the count.
     */
    SUPPRESSED
}
