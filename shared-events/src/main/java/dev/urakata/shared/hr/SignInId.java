package dev.urakata.shared.hr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies the binding aggregate of one sign-in (a user name or a token's subject). Derived from the name, so the
 * same sign-in always has the same id whatever characters its name holds (an e-mail address, a UUID).
 *
 * @param value {@code sign-in-} and the first 32 hex digits of the SHA-256 of the name
 */
public record SignInId(@JsonValue String value) {

    @JsonCreator
    public SignInId {
        Identifiers.require(value, "sign-in id");
    }

    /** The id of the sign-in called {@code name}. */
    public static SignInId of(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return new SignInId("sign-in-" + HexFormat.of().formatHex(hash, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Axon uses {@code toString()} as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
