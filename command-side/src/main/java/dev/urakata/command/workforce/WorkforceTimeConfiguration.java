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

    /** One sequence for the whole group: see {@link TimesheetHoursToPayrollPolicy}. */
    @Bean
    ConfigurerModule timesheetHoursToPayrollInOneSequence() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(
                TimesheetHoursToPayrollPolicy.PROCESSING_GROUP, configuration -> new SequentialPolicy());
    }
}
