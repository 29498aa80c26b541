package dev.urakata.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One switch selects a run mode; Axon never phones home; explicit settings win. */
class UrakataEnvironmentDefaultsTest {

    private final UrakataEnvironmentDefaults defaults = new UrakataEnvironmentDefaults();

    @Test
    void theEmbeddedDefaultDisablesAxonServerAndUsesJacksonEverywhere() {
        MockEnvironment environment = new MockEnvironment();
        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(System.getProperty(UrakataEnvironmentDefaults.UPDATE_CHECKER_DISABLED)).isEqualTo("true");
        // No janitor task per handler call, and no interrupt of a handler in the middle of a file write.
        assertThat(environment.getProperty("axon.timeout.enabled")).isEqualTo("false");
    }

    @Test
    void axonServerModeEnablesTheConnectorAndDropsTheRelationalDatabase() {
        MockEnvironment environment = new MockEnvironment().withProperty("urakata.event-store", "axon-server");
        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("DataSourceAutoConfiguration")
                .contains("axonframework.springboot.autoconfig.JdbcAutoConfiguration");
    }

    @Test
    void axonServerModeWithADatabaseKeepsItForDeadlinesOnly() {
        MockEnvironment environment = new MockEnvironment().withProperty("urakata.event-store", "axon-server")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/deadlines");
        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .isEqualTo("org.axonframework.springboot.autoconfig.JdbcAutoConfiguration");
    }

    @Test
    void jdbcModeKeepsTheDatabaseForEventsAndSplitsWorkBetweenInstances() {
        MockEnvironment environment = new MockEnvironment().withProperty("urakata.event-store", "jdbc")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/urakata");
        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(environment.getProperty("urakata.processing.segments")).isEqualTo("4");
        assertThat(environment.getProperty("urakata.processing.token-claim-timeout")).isEqualTo("10s");
    }

    @Test
    void jdbcModeWithoutADatabaseRefusesToStartAndSaysWhatIsMissing() {
        MockEnvironment environment = new MockEnvironment().withProperty("urakata.event-store", "jdbc");

        assertThatThrownBy(() -> defaults.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.datasource.url");
    }

    @Test
    void aSideOnItsOwnWithAxonServerNeedsTheSharedDatabase() {
        MockEnvironment environment = new MockEnvironment().withProperty("urakata.event-store", "axon-server")
                .withProperty(DistributedSide.SIDE_ONLY, "true");

        assertThatThrownBy(() -> defaults.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.datasource.url");
    }

    @Test
    void anExplicitSettingWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("axon.serializer.general", "xstream")
                .withProperty("management.endpoints.web.exposure.include", "health");
        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("xstream");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }
}
