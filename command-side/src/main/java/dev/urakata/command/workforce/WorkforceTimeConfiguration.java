package dev.urakata.command.workforce;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link WorkforceTimeSettings}, has the timesheet-to-payroll policy handle its events one after another, and
 * makes sure the aggregates' deadlines (missed shifts, monthly accruals)
 * have a {@link DeadlineManager} to be injected.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceTimeSettings.class)
class WorkforceTimeConfiguration {

    /**
     * Axon's Spring support resolves a handler's {@code DeadlineManager} parameter only from a bean, and none is
     * declared on this branch. This in-memory one loses scheduled deadlines on restart; the persistent deadline
     * manager being built on main replaces it (delete this method when merging if main declares its own bean).
     */
    @Bean
    @ConditionalOnMissingBean
    DeadlineManager deadlineManager(Configuration configuration, TransactionManager transactionManager) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .transactionManager(transactionManager)
                .build();
    }

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
