package dev.urakata.config.messaging;

import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.hr.HrErrors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who and why on every message, and error codes that survive the command bus. */
class MessageMetadataTest {

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommandCarriesTheAuthenticatedUserNotOneTheClientClaims() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "hr", null, AuthorityUtils.createAuthorityList("ROLE_HR")));
        CommandMessage<?> forged = GenericCommandMessage.asCommandMessage("hire")
                .andMetaData(MetaData.with(MetadataKeys.USER, "admin"));

        CommandMessage<?> sent = dispatch(forged);

        assertThat(sent.getMetaData()).containsEntry(MetadataKeys.USER, "hr")
                .containsEntry(MetadataKeys.CORRELATION_ID, forged.getIdentifier());
    }

    @Test
    void anAnonymousCommandCarriesNoUserAndKeepsAnExistingCorrelation() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("x")
                .andMetaData(MetaData.with(MetadataKeys.CORRELATION_ID, "business-tx-1"));

        CommandMessage<?> sent = dispatch(command);

        assertThat(sent.getMetaData()).doesNotContainKey(MetadataKeys.USER)
                .containsEntry(MetadataKeys.CORRELATION_ID, "business-tx-1");
    }

    @Test
    void whatACommandProducesIsItsUsersAndNamesItsCause() {
        AuditMetadataCorrelationProvider provider = new AuditMetadataCorrelationProvider();
        CommandMessage<?> cause = GenericCommandMessage.asCommandMessage("hire")
                .andMetaData(MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.CORRELATION_ID, "tx-1"));

        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(cause));

        assertThat(data).containsEntry(MetadataKeys.USER, "hr")
                .containsEntry(MetadataKeys.CORRELATION_ID, "tx-1")
                .containsEntry(MetadataKeys.CAUSATION_ID, cause.getIdentifier());

        CommandMessage<?> first = GenericCommandMessage.asCommandMessage("first");
        assertThat(Map.<String, Object>copyOf(provider.correlationDataFor(first))).containsEntry(
                MetadataKeys.CORRELATION_ID, first.getIdentifier()).doesNotContainKey(MetadataKeys.USER);
    }

    @Test
    void whatAReactionToAnEventProducesIsTheSystemsWithinTheSameTransaction() {
        AuditMetadataCorrelationProvider provider = new AuditMetadataCorrelationProvider();
        GenericEventMessage<String> cause = new GenericEventMessage<>("hired",
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.CORRELATION_ID, "tx-1"));

        assertThat(Map.<String, Object>copyOf(provider.correlationDataFor(cause)))
                .containsEntry(MetadataKeys.USER, MetadataKeys.SYSTEM_USER)
                .containsEntry(MetadataKeys.CORRELATION_ID, "tx-1")
                .containsEntry(MetadataKeys.CAUSATION_ID, cause.getIdentifier());
    }

    @Test
    void whatADeadlineProducesIsTheSystemsUnderTheTransactionThatScheduledIt() throws Exception {
        AtomicReference<MetaData> produced = new AtomicReference<>();
        CountDownLatch fired = new CountDownLatch(1);
        AtomicReference<String> deadlineId = new AtomicReference<>();
        ScopeAware handler = new ScopeAware() {
            @Override
            public void send(Message<?> deadline, ScopeDescriptor scope) {
                deadlineId.set(deadline.getIdentifier());
                produced.set(CurrentUnitOfWork.correlationData());
                fired.countDown();
            }

            @Override
            public boolean canResolve(ScopeDescriptor scope) {
                return true;
            }
        };
        SimpleDeadlineManager deadlines = SimpleDeadlineManager.builder()
                .scopeAwareProvider(scope -> Stream.of(handler)).build();
        try {
            new MessagingConfiguration().deadlinesCarryAuditMetadata(
                    new StaticListableBeanFactory(Map.of("deadlines", deadlines)).getBeanProvider(DeadlineManager.class),
                    List.of(new AuditMetadataCorrelationProvider())).afterPropertiesSet();
            // Scheduled while HR's command is handled, as an aggregate schedules its deadlines.
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage("assign training")
                    .andMetaData(MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.CORRELATION_ID, "tx-9"));
            DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
            unitOfWork.registerCorrelationDataProvider(new AuditMetadataCorrelationProvider());
            deadlines.schedule(Duration.ZERO, "trainingDue", null, new TrainingScope());
            unitOfWork.commit();

            assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(produced.get()).containsEntry(MetadataKeys.USER, MetadataKeys.SYSTEM_USER)
                    .containsEntry(MetadataKeys.CORRELATION_ID, "tx-9")
                    .containsEntry(MetadataKeys.CAUSATION_ID, deadlineId.get());
        } finally {
            deadlines.shutdown();
        }
    }

    /** Where the deadline is handled; a real one names an aggregate or a saga. */
    private static final class TrainingScope implements ScopeDescriptor {
        @Override
        public String scopeDescription() {
            return "training of one employee";
        }
    }

    @Test
    void aRefusedCommandBecomesACommandExecutionExceptionWithItsCode() {
        DomainExceptionTranslatingInterceptor interceptor = new DomainExceptionTranslatingInterceptor();
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("x"));
        try {
            assertThatThrownBy(() -> interceptor.handle(unitOfWork, () -> {
                throw new DomainException(HrErrors.EMPLOYEE_TERMINATED, "terminated");
            })).isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails())
                    .contains(ErrorDetails.of(HrErrors.EMPLOYEE_TERMINATED, "terminated")));
            assertThatThrownBy(() -> interceptor.handle(unitOfWork, () -> {
                throw new AggregateNotFoundException("emp-9", "not found");
            })).isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails().orElseThrow())
                    .isEqualTo(ErrorDetails.of(CommonErrors.NOT_FOUND, "Nothing is recorded under id emp-9")));
            // what Axon throws when the events under the id were recorded by another kind of aggregate
            assertThatThrownBy(() -> interceptor.handle(unitOfWork, () -> {
                throw new IncompatibleAggregateException("Aggregate identifier must be non-null");
            })).isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails().orElseThrow())
                    .extracting(details -> ((ErrorDetails) details).code()).isEqualTo(CommonErrors.NOT_FOUND.name()));
            // a row lock (a person's rota) held by another command longer than the wait: retry, not a 500
            assertThatThrownBy(() -> interceptor.handle(unitOfWork, () -> {
                throw new CannotAcquireLockException("Timeout trying to lock table command_rota_people");
            })).isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails().orElseThrow())
                    .extracting(details -> ((ErrorDetails) details).code())
                    .isEqualTo(CommonErrors.CONCURRENT_MODIFICATION.name()));
        } finally {
            unitOfWork.rollback();
        }
    }

    private static CommandMessage<?> dispatch(CommandMessage<?> command) {
        return new AuthenticatedUserDispatchInterceptor().handle(List.of(command)).apply(0, command);
    }
}
