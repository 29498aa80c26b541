import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks an Urakata audit export (JSON lines) offline, with a JDK 17 and nothing else:
 *
 * <pre>java docs/audit/VerifyExport.java export.jsonl [checkpoint.json]</pre>
 *
 * docs/audit-exports.md describes the file and what each check proves. Prints one line per check or failure and
 * exits with 0 only when every check passed (1: a check failed, 2: the files could not be read).
 */
public class VerifyExport {

    static final String GENESIS = "0".repeat(64);
    static final String ENCRYPTED = "pd1:";
    static final HexFormat HEX = HexFormat.of();

    final Map<String, Object> checkpoint;
    final Long checkpointPosition;
    final List<String> continuityBreaks = new ArrayList<>();
    int failures;
    int readableMismatches;
    long linksRecomputed;
    long rowsCompared;
    long encryptedValues;
    boolean metaDataNotJson;
    String lastHash = GENESIS;
    String hashAtCheckpoint;

    VerifyExport(Map<String, Object> checkpoint) {
        this.checkpoint = checkpoint;
        this.checkpointPosition = checkpoint == null ? null : number(checkpoint, "position");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java VerifyExport.java export.jsonl [checkpoint.json]");
            System.exit(2);
        }
        VerifyExport verifier;
        try {
            verifier = new VerifyExport(args.length == 2 ? object(Json.parse(Files.readString(Path.of(args[1]))))
                    : null);
            verifier.verify(Path.of(args[0]));
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot read " + String.join(" or ", args) + ": " + e);
            System.exit(2);
            return;
        }
        System.out.println(verifier.failures == 0 ? "VERIFIED" : "NOT VERIFIED: " + verifier.failures + " failure(s)");
        System.exit(verifier.failures == 0 ? 0 : 1);
    }

    void verify(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        long rows = 0;
        // Every line but the last is a row; the last is the trailer, which signs the SHA-256 of all rows' bytes.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] line = readLine(in);
            byte[] next;
            while (line != null && (next = readLine(in)) != null) {
                sha256.update(line);
                sha256.update((byte) '\n');
                row(++rows, new String(line, StandardCharsets.UTF_8));
                line = next;
            }
            if (rows > 0 && linksRecomputed == rows) {
                ok("links: all " + rows + " recomputed from the stored bytes equal the rows' hashes");
            }
            if (rows > 0 && rowsCompared == rows && readableMismatches == 0) {
                ok("readable fields of every row agree with the stored payload" + (metaDataNotJson ? "" : " and metadata")
                        + (encryptedValues == 0 ? "" : " (" + encryptedValues + " encrypted values not comparable)"));
            }
            if (metaDataNotJson) {
                note("metadata: stored as Axon Server's typed values (hashed in their canonical encoding), not "
                        + "JSON: user, correlationId and causationId are covered by the trailer only");
            }
            Map<String, Object> trailer = trailer(line, rows, HEX.formatHex(sha256.digest()));
            continuity(trailer);
            checkpoint(trailer);
        }
    }

    /** One row: its link recomputed from the stored bytes, its readable fields against the stored ones. */
    void row(long number, String line) {
        String where = "row " + number;
        try {
            Map<String, Object> row = object(Json.parse(line));
            Object position = row.get("globalPosition");
            where += " (position " + position + ")";
            String hash = (String) row.get("hash");
            String previous = (String) row.get("previousHash");
            if (hash == null || position == null) {
                fail(where + ": no chain link (the chain had not reached this event when it was exported)");
                return;
            }
            long at = ((BigDecimal) position).longValueExact();
            if (!previous.equals(lastHash)) {
                continuityBreaks.add(where + ": previousHash is not the hash of the row before it");
            }
            lastHash = hash;
            if (checkpointPosition != null && at == checkpointPosition) {
                hashAtCheckpoint = hash;
            }
            if (row.get("storedPayload") == null || row.get("storedMetaData") == null) {
                fail(where + ": no stored bytes to recompute the link from");
                return;
            }
            byte[] payload = Base64.getDecoder().decode((String) row.get("storedPayload"));
            byte[] metaData = Base64.getDecoder().decode((String) row.get("storedMetaData"));
            String link = link(previous, payload, metaData, (String) row.get("eventId"), at);
            if (link.equals(hash)) {
                linksRecomputed++;
            } else {
                fail(where + ": the link recomputed from the stored bytes is " + link + ", the row's hash is " + hash);
            }
            compare(where + ": payload", row.get("payload"), Json.parse(new String(payload, StandardCharsets.UTF_8)));
            metaData(where, row, metaData);
            rowsCompared++;
        } catch (RuntimeException e) {
            fail(where + ": unreadable (" + e.getMessage() + ")");
        }
    }

    /**
     * SHA-256 of: the previous link (32 bytes), the stored payload, the stored metadata, the event id (UTF-8), the
     * global position (8 bytes, big-endian).
     */
    static String link(String previousHash, byte[] payload, byte[] metaData, String eventId, long position) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(payload);
        sha256.update(metaData);
        sha256.update(eventId.getBytes(StandardCharsets.UTF_8));
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        return HEX.formatHex(sha256.digest());
    }

    /** A readable value must be the stored one, except where the store holds ciphertext (personal data). */
    void compare(String path, Object shown, Object stored) {
        if (stored instanceof String text && text.startsWith(ENCRYPTED)) {
            encryptedValues++;
        } else if (shown instanceof Map<?, ?> a && stored instanceof Map<?, ?> b) {
            TreeSet<Object> keys = new TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            keys.forEach(key -> compare(path + "." + key, a.get(key), b.get(key)));
        } else if (shown instanceof List<?> a && stored instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (shown instanceof BigDecimal a && stored instanceof BigDecimal b ? a.compareTo(b) != 0
                : !Objects.equals(shown, stored)) {
            readableMismatches++;
            fail(path + " reads " + shown + " but the store holds " + stored);
        }
    }

    /** Who, and in which transaction: the row's fields against the stored metadata, when that is JSON. */
    void metaData(String where, Map<String, Object> row, byte[] stored) {
        Map<String, Object> metaData;
        try {
            metaData = object(Json.parse(new String(stored, StandardCharsets.UTF_8)));
        } catch (RuntimeException notJson) {
            metaDataNotJson = true;
            return;
        }
        for (String key : List.of("user", "correlationId", "causationId")) {
            if (!Objects.equals(row.get(key), metaData.get(key))) {
                readableMismatches++;
                fail(where + ": " + key + " reads " + row.get(key) + " but the store holds " + metaData.get(key));
            }
        }
    }

    /** The last line: {"trailer":T,"signature":S}, S being the Ed25519 signature of T's bytes as they stand. */
    Map<String, Object> trailer(byte[] last, long rows, String sha256) {
        String line = last == null ? "" : new String(last, StandardCharsets.UTF_8);
        String head = "{\"trailer\":";
        String tail = ",\"signature\":\"";
        int cut = line.lastIndexOf(tail);
        if (!line.startsWith(head) || cut < 0 || !line.endsWith("\"}")) {
            fail("trailer: the last line is not a trailer: the file is cut short or is not an export");
            return null;
        }
        try {
            String text = line.substring(head.length(), cut);
            Map<String, Object> trailer = object(Json.parse(text));
            String publicKey = (String) trailer.get("publicKey");
            boolean signed = verifySignature(publicKey, text, line.substring(cut + tail.length(), line.length() - 2));
            if (!"urakata-audit-export/v1".equals(trailer.get("format"))) {
                fail("trailer: unknown format " + trailer.get("format"));
            } else if (number(trailer, "rows") != rows) {
                fail("trailer: it counts " + trailer.get("rows") + " rows, the file has " + rows);
            } else if (!sha256.equals(trailer.get("sha256"))) {
                fail("trailer: the SHA-256 of the rows is " + sha256 + ", the trailer signed " + trailer.get("sha256")
                        + ": the file was changed after it was exported");
            } else if (!signed) {
                fail("trailer: the Ed25519 signature does not verify");
            } else {
                ok("trailer: " + rows + " rows, their SHA-256 as signed, signature verifies with the key "
                        + abbreviated(publicKey));
            }
            return trailer;
        } catch (RuntimeException e) {
            fail("trailer: unreadable (" + e.getMessage() + ")");
            return null;
        }
    }

    /** Consecutive links can only be expected of an export of everything. */
    void continuity(Map<String, Object> trailer) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (trailer != null && trailer.get("filter") instanceof Map<?, ?> given) {
            given.forEach((key, value) -> {
                if (value != null) {
                    filter.put((String) key, value);
                }
            });
        }
        if (!filter.isEmpty()) {
            note("continuity: not checkable, the export is filtered " + filter
                    + ": its rows are not consecutive links of the chain");
        } else if (continuityBreaks.isEmpty()) {
            ok("continuity: every previousHash is the hash of the row before it, the first one GENESIS");
        } else {
            continuityBreaks.forEach(VerifyExport::failLine);
            failures += continuityBreaks.size();
        }
    }

    /** A checkpoint handed out earlier: its own signature, and the export's link at its position. */
    void checkpoint(Map<String, Object> trailer) {
        if (checkpoint == null) {
            note("no checkpoint given: the trailer's key comes from the file itself; compare it with a key you hold");
            return;
        }
        long position = checkpointPosition;
        String hash = (String) checkpoint.get("hash");
        String content = "urakata-audit-checkpoint/v1\nposition=" + position + "\nhash=" + hash + "\ncreatedAt="
                + Instant.parse((String) checkpoint.get("createdAt"));
        String publicKey = (String) checkpoint.get("publicKey");
        if (!content.equals(checkpoint.get("signedContent"))) {
            fail("checkpoint: its signedContent does not match its position, hash and createdAt");
        } else if (!verifySignature(publicKey, content, (String) checkpoint.get("signature"))) {
            fail("checkpoint: the Ed25519 signature does not verify");
        } else if (hashAtCheckpoint == null) {
            note("checkpoint: signature verifies; position " + position + " is outside the export");
        } else if (!hashAtCheckpoint.equals(hash)) {
            fail("checkpoint: the export's hash at position " + position + " is " + hashAtCheckpoint
                    + ", the checkpoint signed " + hash);
        } else {
            ok("checkpoint: signature verifies; the export's hash at position " + position + " is the signed one");
        }
        if (trailer != null && publicKey != null && !publicKey.equals(trailer.get("publicKey"))) {
            fail("checkpoint: the trailer is signed with another key than the checkpoint's, so its signature "
                    + "says nothing about where the file comes from");
        } else if (trailer != null) {
            ok("checkpoint: the trailer is signed with the checkpoint's key");
        }
    }

    static boolean verifySignature(String publicKey, String content, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
            verifier.update(content.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    void fail(String message) {
        failures++;
        failLine(message);
    }

    static void failLine(String message) {
        System.out.println("FAIL " + message);
    }

    static void ok(String message) {
        System.out.println("ok   " + message);
    }

    static void note(String message) {
        System.out.println("note " + message);
    }

    static String abbreviated(String text) {
        return text == null || text.length() <= 16 ? text : text.substring(text.length() - 16);
    }

    static long number(Map<String, Object> object, String key) {
        return ((BigDecimal) object.get(key)).longValueExact();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes up to the next line feed (without it), or null at the end of the file. */
    static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return b == -1 && line.size() == 0 ? null : line.toByteArray();
    }

    /** Just enough JSON: objects as maps (in order), arrays as lists, numbers as BigDecimal. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("text after the JSON value at " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            char c = at < text.length() ? text.charAt(at) : '\0';
            switch (c) {
                case '{':
                    Map<String, Object> object = new LinkedHashMap<>();
                    at++;
                    if (!skip('}')) {
                        do {
                            space();
                            String key = string();
                            expect(':');
                            object.put(key, value());
                        } while (skip(','));
                        expect('}');
                    }
                    return object;
                case '[':
                    List<Object> array = new ArrayList<>();
                    at++;
                    if (!skip(']')) {
                        do {
                            array.add(value());
                        } while (skip(','));
                        expect(']');
                    }
                    return array;
                case '"':
                    return string();
                case 't':
                    return word("true", Boolean.TRUE);
                case 'f':
                    return word("false", Boolean.FALSE);
                case 'n':
                    return word("null", null);
                default:
                    int start = at;
                    while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    if (start == at) {
                        throw new IllegalArgumentException("unexpected character at " + at);
                    }
                    return new BigDecimal(text.substring(start, at));
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    c = text.charAt(at++);
                    switch (c) {
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(c);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private Object word(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw new IllegalArgumentException("unexpected word at " + at);
            }
            at += word.length();
            return value;
        }

        private boolean skip(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!skip(c)) {
                throw new IllegalArgumentException("expected " + c + " at " + at);
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
