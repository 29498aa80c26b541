package dev.urakata.command.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.shared.it.AssetReturnedEvent;
import dev.urakata.shared.it.AssetType;
import dev.urakata.shared.it.AssetsHeldQuery;
import dev.urakata.shared.processes.ProcessStep;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The saga store keeps a saga as JSON between events, and across restarts: what a saga knows (dates, the assets it
 * waits for) must survive the round trip through the application's Jackson serializer.
 */
class ProcessSagaSerializationTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void anOffboardingWaitingForALaptopStillWaitsForItAfterARestart() {
        QueryGateway queries = mock(QueryGateway.class);
        doReturn(CompletableFuture.completedFuture(List.of(OffboardingSagaTest.LAPTOP))).when(queries)
                .query(eq(new AssetsHeldQuery(OffboardingSagaTest.ID)), any(ResponseType.class));
        OffboardingSaga saga = new OffboardingSaga();
        saga.on(OffboardingSagaTest.terminated(), "term-1", OffboardingSagaTest.RECORDED, mock(CommandGateway.class),
                mock(DeadlineManager.class), ProcessSettings.defaults());
        saga.lastDayOver("emp-2", mock(CommandGateway.class), queries, mock(DeadlineManager.class),
                ProcessSettings.defaults());

        OffboardingSaga restored = serializer.deserialize(serializer.serialize(saga, byte[].class));
        CommandGateway afterRestart = mock(CommandGateway.class);
        restored.on(new AssetReturnedEvent(OffboardingSagaTest.LAPTOP, AssetType.LAPTOP, OffboardingSagaTest.ID,
                LocalDate.parse("2026-07-03"), null), afterRestart, mock(DeadlineManager.class));

        verify(afterRestart).sendAndWait(argThat((CommandMessage<?> command) -> command.getPayload().equals(
                OffboardingSagaTest.complete(ProcessStep.ASSETS_RETURNED, "Every asset back, the last on 2026-07-03"))
                && "term-1".equals(command.getMetaData().get("correlationId"))));
    }
}
