package dev.urakata.command.workforce;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link WorkforceTimeSettings} and has two policies handle their events one after another. The aggregates'
 * deadlines (missed shifts, monthly accruals) use the application's persistent deadline manager (axon-config's
 * {@code DeadlineConfiguration}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceTimeSettings.class)
class WorkforceTimeConfiguration {

    /**
     * One sequence each for two policies. Timesheet hours to payroll: see {@link TimesheetHoursToPayrollPolicy}.
     * Leave accounts: each opening is a command appended inside the processor's transaction, which holds the event
     * store's append lock until it commits; opened in parallel after a bulk hire, they kept the hires themselves
     * waiting for the lock (a thousand-employee import ran three times as long). One at a time, they interleave.
     */
    @Bean
    ConfigurerModule workforcePoliciesInOneSequence() {
        return configurer -> {
            configurer.eventProcessing().registerSequencingPolicy(TimesheetHoursToPayrollPolicy.PROCESSING_GROUP,
                    configuration -> new SequentialPolicy());
            configurer.eventProcessing().registerSequencingPolicy(LeaveAccountPolicy.PROCESSING_GROUP,
                    configuration -> new SequentialPolicy());
        };
    }
}
