package dev.urakata.command;

import dev.urakata.config.UrakataEnvironmentDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/**
 * Runs the command side on its own (distributed mode): aggregates, sagas and the command HTTP API, with events
 * in Axon Server and its lookup tables in an external MongoDB unless configured otherwise.
 */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        UrakataEnvironmentDefaults.disableUpdateChecker();
        SpringApplication app = new SpringApplication(CommandSideApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.application.name", "urakata-command-side",
                "server.port", "8081",
                "urakata.event-store", "axon-server",
                "urakata.mongo.embedded", "false"));
        app.run(args);
    }
}
