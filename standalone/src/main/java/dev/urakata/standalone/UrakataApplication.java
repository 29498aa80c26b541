package dev.urakata.standalone;

import dev.urakata.command.CommandSideApplication;
import dev.urakata.config.UrakataEnvironmentDefaults;
import dev.urakata.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The single-process default: the command side and the query side in one application, with the embedded
 * event store and the embedded MongoDB-wire server under {@code urakata.data-dir}. No domain code lives here.
 */
@SpringBootApplication
@ComponentScan(basePackages = {"dev.urakata.command", "dev.urakata.query"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class UrakataApplication {

    public static void main(String[] args) {
        UrakataEnvironmentDefaults.disableUpdateChecker();
        SpringApplication.run(UrakataApplication.class, args);
    }
}
