package dev.urakata.shared.audit;

import java.time.Instant;

/**
 * A signed statement of the audit hash chain's head at one moment, which an outside party can verify and keep:
 * anyone holding it can later prove that the events up to {@code position} have not been rewritten.
 *
 * @param id            the checkpoint's id
 * @param position      the global position of the chain head that was signed
 * @param hash          the chain hash at that position (hex SHA-256)
 * @param createdAt     when the checkpoint was made (UTC, millisecond precision)
 * @param createdBy     the user who made it
 * @param algorithm     the signature algorithm ({@code Ed25519})
 * @param signedContent the exact UTF-8 text that was signed
 * @param signature     the signature over {@code signedContent} (base64)
 * @param publicKey     the public key that verifies the signature (base64 X.509 SubjectPublicKeyInfo)
 */
public record AuditCheckpoint(
        String id,
        long position,
        String hash,
        Instant createdAt,
        String createdBy,
        String algorithm,
        String signedContent,
        String signature,
        String publicKey) {
}
