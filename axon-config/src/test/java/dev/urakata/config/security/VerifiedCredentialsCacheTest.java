package dev.urakata.config.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A password is checked by BCrypt once per expiry, a wrong one every time, and a changed one anew. */
class VerifiedCredentialsCacheTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4) {
        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return super.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aRepeatedRightPasswordIsCheckedByBcryptOncePerExpiry() {
        VerifiedCredentialsCache cache = new VerifiedCredentialsCache(bcrypt, Duration.ofSeconds(60), clock);
        String stored = cache.encode("secret");

        for (int i = 0; i < 100; i++) {
            assertThat(cache.matches("secret", stored)).isTrue();
        }
        assertThat(bcryptChecks).hasValue(1);

        now = now.plusSeconds(61);
        assertThat(cache.matches("secret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsRefusedAndCheckedEveryTimeEvenAfterTheRightOne() {
        VerifiedCredentialsCache cache = new VerifiedCredentialsCache(bcrypt, Duration.ofSeconds(60), clock);
        String stored = cache.encode("secret");
        assertThat(cache.matches("secret", stored)).isTrue();

        assertThat(cache.matches("guess", stored)).isFalse();
        assertThat(cache.matches("secreT", stored)).isFalse();
        assertThat(cache.matches("", stored)).isFalse();
        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordIsCheckedAgainstItsNewHashAndTheOldOneNoLongerPasses() {
        VerifiedCredentialsCache cache = new VerifiedCredentialsCache(bcrypt, Duration.ofSeconds(60), clock);
        String old = cache.encode("old-secret");
        assertThat(cache.matches("old-secret", old)).isTrue();

        String changed = cache.encode("new-secret");
        assertThat(cache.matches("old-secret", changed)).isFalse();
        assertThat(cache.matches("new-secret", changed)).isTrue();
    }

    @Test
    void clearingForgetsEveryRememberedCheck() {
        VerifiedCredentialsCache cache = new VerifiedCredentialsCache(bcrypt, Duration.ofSeconds(60), clock);
        String stored = cache.encode("secret");
        cache.matches("secret", stored);
        cache.clear();
        cache.matches("secret", stored);
        assertThat(bcryptChecks).hasValue(2);
    }
}
