package dev.urakata.query;

import dev.urakata.config.DistributedSide;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the query side on its own (distributed mode): projections into MongoDB and the query/audit HTTP API,
 * reading events from Axon Server unless configured otherwise.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        DistributedSide.run(QuerySideApplication.class, "urakata-query-side", 8082, args);
    }
}
