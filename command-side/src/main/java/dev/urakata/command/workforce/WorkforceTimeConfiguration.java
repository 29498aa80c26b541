package dev.urakata.command.workforce;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link WorkforceTimeSettings} and makes sure the aggregates' deadlines (missed shifts, monthly accruals)
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
}
