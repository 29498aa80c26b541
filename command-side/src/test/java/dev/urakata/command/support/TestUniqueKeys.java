package dev.urakata.command.support;

import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.config.testing.EmbeddedDatabase;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/** Unique-key claims on a private in-memory database, as aggregate tests need them. */
public final class TestUniqueKeys {

    private TestUniqueKeys() {
    }

    /** Claims on a new, empty database; every owner counts as having events, so no claim is ever taken over. */
    public static UniqueKeys create() {
        return on(EmbeddedDatabase.create());
    }

    /** Claims on {@code database}, for tests that look at one store through two instances. */
    public static UniqueKeys on(DataSource database) {
        return new UniqueKeys(database, owner -> true, Duration.ofMinutes(10), Clock.systemUTC());
    }
}
