package dev.urakata.standalone;

import dev.urakata.config.UrakataEnvironmentDefaults;
import dev.urakata.query.operations.ShadowBuildListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The standalone application with one addition for drills run in a child JVM: {@code drill.rebuild-delay-ms} slows
 * every event of a blue-green rebuild down, so that a drill can be sure to kill the process in the middle of one.
 */
public final class DrillApplication {

    private DrillApplication() {
    }

    public static void main(String[] args) {
        UrakataEnvironmentDefaults.disableUpdateChecker();
        SpringApplication.run(new Class<?>[] {UrakataApplication.class, Throttle.class}, args);
    }

    /** Sleeps before each event a rebuild applies. */
    @Configuration(proxyBeanMethods = false)
    static class Throttle {
        @Bean
        ShadowBuildListener drillRebuildThrottle(@Value("${drill.rebuild-delay-ms:0}") long delay) {
            return (processor, event) -> Thread.sleep(delay);
        }
    }
}
