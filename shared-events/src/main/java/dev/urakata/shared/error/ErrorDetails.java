package dev.urakata.shared.error;

/**
 * The serializable details of a refused command, as carried by Axon's {@code CommandExecutionException}: plain
 * values, so that they cross Axon Server to a process that may not know the code's enum.
 *
 * @param code    the stable error code's name
 * @param refusal what kind of refusal it is
 * @param detail  a human-readable explanation, safe to show to the caller
 */
public record ErrorDetails(String code, Refusal refusal, String detail) implements ErrorCode {

    /** The details of a refusal with {@code code}. */
    public static ErrorDetails of(ErrorCode code, String detail) {
        return new ErrorDetails(code.name(), code.refusal(), detail);
    }

    /**
     * The details as they arrive when they crossed a process boundary without their type: a map of the same members.
     * A map without a refusal kind this process knows (from an older or newer process) counts as refused by a
     * business rule.
     */
    public static ErrorDetails of(java.util.Map<?, ?> map) {
        return new ErrorDetails(String.valueOf(map.get("code")), refusalOf(map.get("refusal")),
                String.valueOf(map.get("detail")));
    }

    /** The kind named, or "refused by a business rule" when none is, or one this process does not know. */
    private static Refusal refusalOf(Object name) {
        for (Refusal refusal : Refusal.values()) {
            if (refusal.name().equals(String.valueOf(name))) {
                return refusal;
            }
        }
        return Refusal.RULE_VIOLATED;
    }

    @Override
    public String name() {
        return code;
    }
}
