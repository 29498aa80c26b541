package dev.urakata.command;

import dev.urakata.config.DistributedSide;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the command side on its own (distributed mode): aggregates, sagas and the command HTTP API, with events
 * in Axon Server and its lookup tables in an external MongoDB unless configured otherwise.
 */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        DistributedSide.run(CommandSideApplication.class, "urakata-command-side", 8081, args);
    }
}
