package dev.urakata.config.messaging;

import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorDetails;
import dev.urakata.shared.hr.HrErrors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;

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
    void producedMessagesInheritUserAndCorrelationAndNameTheirCause() {
        AuditMetadataCorrelationProvider provider = new AuditMetadataCorrelationProvider();
        GenericEventMessage<String> cause = new GenericEventMessage<>("hired",
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.CORRELATION_ID, "tx-1"));

        Map<String, Object> data = Map.copyOf(provider.correlationDataFor(cause));

        assertThat(data).containsEntry(MetadataKeys.USER, "hr")
                .containsEntry(MetadataKeys.CORRELATION_ID, "tx-1")
                .containsEntry(MetadataKeys.CAUSATION_ID, cause.getIdentifier());

        GenericEventMessage<String> first = new GenericEventMessage<>("first");
        assertThat(Map.<String, Object>copyOf(provider.correlationDataFor(first))).containsEntry(MetadataKeys.CORRELATION_ID,
                first.getIdentifier()).doesNotContainKey(MetadataKeys.USER);
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
        } finally {
            unitOfWork.rollback();
        }
    }

    private static CommandMessage<?> dispatch(CommandMessage<?> command) {
        return new AuthenticatedUserDispatchInterceptor().handle(List.of(command)).apply(0, command);
    }
}
