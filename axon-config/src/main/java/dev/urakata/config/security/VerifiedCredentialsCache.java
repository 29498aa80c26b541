package dev.urakata.config.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A password encoder that remembers, for a short while, that a password matched its stored hash, so that HTTP Basic
 * does not run BCrypt on every request of a client that sends the same credentials again and again (it cost a fifth
 * of the CPU under load).
 *
 * <p>What is kept: per stored hash, an HMAC of the password that matched it under a key drawn at random when the
 * process starts, and when that expires. A later request is accepted without BCrypt only if its password's HMAC equals
 * the kept one (compared in constant time) before the expiry. Only successes are remembered, so every wrong password
 * still costs a full BCrypt check. A changed password has a new stored hash, so what was remembered for the old one
 * no longer applies; {@link #clear()} forgets everything at once.
 */
public final class VerifiedCredentialsCache implements PasswordEncoder {

    private record Verified(byte[] mac, long expiresAtMillis) {
    }

    private final PasswordEncoder delegate;
    private final long ttlMillis;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * @param delegate the encoder that really checks (BCrypt)
     * @param ttl      how long a successful check is remembered; zero remembers nothing
     */
    public VerifiedCredentialsCache(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttlMillis <= 0) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        byte[] mac = mac(rawPassword);
        long now = clock.millis();
        Verified known = verified.get(encodedPassword);
        if (known != null && now < known.expiresAtMillis() && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(encodedPassword, new Verified(mac, now + ttlMillis));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Forgets every remembered check (for a password change made outside the stored hash, or a revocation). */
    public void clear() {
        verified.clear();
    }

    private byte[] mac(CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
