package dev.urakata.config;

import org.springframework.boot.SpringApplication;

import java.util.Map;

/**
 * Starts one side (command or query) on its own, in distributed mode: events in Axon Server, MongoDB external,
 * keys, claims and deadlines in the shared database of {@code spring.datasource.url}, unless the operator configures
 * otherwise. The defaults are the weakest property source, so any setting wins.
 */
public final class DistributedSide {

    /** Set by {@link #run}: this process is one side only, so what both sides read must be in a shared database. */
    public static final String SIDE_ONLY = "urakata.side-only";

    private DistributedSide() {
    }

    /**
     * Runs {@code application} as {@code name} on {@code port}.
     *
     * @param application the side's Spring Boot application class
     * @param name        the application name, as shown in Axon Server
     * @param port        the default HTTP port
     * @param args        command-line arguments
     */
    public static void run(Class<?> application, String name, int port, String[] args) {
        UrakataEnvironmentDefaults.disableUpdateChecker();
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(Map.of(
                "spring.application.name", name,
                "server.port", Integer.toString(port),
                "urakata.event-store", "axon-server",
                "urakata.mongo.embedded", "false",
                SIDE_ONLY, "true"));
        app.run(args);
    }
}
