package dev.urakata.config.refusals;

import dev.urakata.shared.audit.RefusalLogEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a row of the security and refusal log, over a canonical text of its stored fields that anyone can
 * rebuild from the table without this code (docs/security.md shows it in a few lines of Python).
 *
 * <p>The text is {@value #VERSION}, then the previous row's hash, then each field in the order of
 * {@link RefusalLogEntry} from {@code sequence} to {@code suppressed}, each on a line of its own (lines end with
 * {@code \n}). A field is {@code -} when it is absent, otherwise the number of UTF-8 bytes of its value, a colon and
 * the value: a length in front means no value can pass for two fields, whatever characters it holds. Numbers are
 * decimal, the kind is its name, the time is ISO-8601 in UTC with exactly three decimals
 * ({@code 2026-05-01T09:00:00.123Z}). The hash is SHA-256 over the UTF-8 bytes of the text, in lower-case hex.
 */
public final class RefusalChain {

    /** The first line of every row's text: which encoding this is. */
    public static final String VERSION = "urakata-refusal-log-v1";
    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RefusalChain() {
    }

    /** The hash {@code entry} must carry, given the hash of the row before it ({@code entry.previousHash()}). */
    public static String hash(RefusalLogEntry entry) {
        return hex(sha256(text(entry).getBytes(StandardCharsets.UTF_8)));
    }

    /** The canonical text of {@code entry} that its hash is taken over. */
    static String text(RefusalLogEntry entry) {
        StringBuilder text = new StringBuilder(256).append(VERSION).append('\n')
                .append(entry.previousHash()).append('\n');
        field(text, Long.toString(entry.sequence()));
        field(text, entry.recordedAt() == null ? null : MILLIS.format(entry.recordedAt()));
        field(text, entry.kind() == null ? null : entry.kind().name());
        field(text, entry.status() == null ? null : entry.status().toString());
        field(text, entry.code());
        field(text, entry.reason());
        field(text, entry.user());
        field(text, entry.method());
        field(text, entry.route());
        field(text, entry.commandType());
        field(text, entry.target());
        field(text, entry.clientAddress());
        field(text, Long.toString(entry.suppressed()));
        return text.toString();
    }

    /** The instant as it is stored and hashed: milliseconds, nothing finer. */
    static Instant stored(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        text.append('\n');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
