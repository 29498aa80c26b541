package dev.urakata.shared.error;

/**
 * A stable, machine-readable error code, carried in the {@code code} member of every HTTP problem response.
 *
 * <p>Clients branch on the code, never on the human-readable detail. Each bounded context lists its own codes in an
 * enum beside its events ({@code HrErrors}, {@code InventoryErrors}, ...; what every context shares is in
 * {@link CommonErrors}), so that a new refusal edits its own context and not a list everything depends on. A code
 * names its {@link Refusal}, the kind of no it is; the web layer alone decides which HTTP status answers each kind.
 * Code names are unique across all contexts (a test holds them to that).
 */
public interface ErrorCode {

    /** The code as clients see it, for example {@code EMPLOYEE_TERMINATED}. */
    String name();

    /** What kind of refusal this is. */
    Refusal refusal();

    /** Whether {@code other} is this code, whichever form it came in (an enum, or details from another process). */
    default boolean is(ErrorCode other) {
        return other != null && name().equals(other.name());
    }
}
