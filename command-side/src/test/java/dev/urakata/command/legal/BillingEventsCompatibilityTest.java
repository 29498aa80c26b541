package dev.urakata.command.legal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.urakata.shared.finance.CustomerId;
import dev.urakata.shared.finance.InvoiceDraftedEvent;
import dev.urakata.shared.finance.InvoiceId;
import dev.urakata.shared.finance.InvoiceLine;
import dev.urakata.shared.legal.BillingPlan;
import dev.urakata.shared.legal.ContractBilling;
import dev.urakata.shared.legal.ContractDraftedEvent;
import dev.urakata.shared.legal.ContractId;
import dev.urakata.shared.legal.ContractKind;
import dev.urakata.shared.legal.ContractSignedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are immutable: those stored before contracts could bill, and before invoices could name a contract, read
 * as contracts and invoices without billing or contract; the new fields survive a round trip.
 */
class BillingEventsCompatibilityTest {

    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    private <T> T read(String stored, Class<T> type) {
        return jackson.deserialize(new SimpleSerializedObject<>(stored, String.class, jackson.typeForClass(type)));
    }

    @Test
    void eventsStoredBeforeBillingReadWithoutIt() {
        ContractDraftedEvent drafted = read("{\"contractId\":\"c-1\",\"kind\":\"CUSTOMER\","
                + "\"counterpartyId\":\"cus-1\",\"title\":\"Support\",\"startDate\":\"2026-04-01\",\"endDate\":null}",
                ContractDraftedEvent.class);
        assertThat(drafted).isEqualTo(new ContractDraftedEvent(new ContractId("c-1"), ContractKind.CUSTOMER, "cus-1",
                "Support", LocalDate.of(2026, 4, 1), null));
        assertThat(drafted.billing()).isNull();
        assertThat(read("{\"contractId\":\"c-1\",\"kind\":\"CUSTOMER\",\"counterpartyId\":\"cus-1\","
                + "\"signedOn\":\"2026-04-01\"}", ContractSignedEvent.class).billing()).isNull();
        InvoiceDraftedEvent invoice = read("{\"customerId\":\"cus-1\",\"invoiceId\":\"i-1\",\"currency\":\"JPY\","
                + "\"lines\":[{\"description\":\"x\",\"quantity\":1,\"unitPrice\":{\"amount\":\"100\","
                + "\"currency\":\"JPY\"},\"taxCode\":\"STANDARD\"}]}", InvoiceDraftedEvent.class);
        assertThat(invoice.contractId()).isNull();
        assertThat(invoice.lines()).hasSize(1);
    }

    @Test
    void theNewFieldsSurviveARoundTrip() {
        ContractBilling billing = new ContractBilling(Money.of("100000", "JPY"), BillingPlan.MONTHLY, 3, "STANDARD");
        ContractSignedEvent signed = new ContractSignedEvent(new ContractId("c-1"), ContractKind.CUSTOMER, "cus-1",
                LocalDate.of(2026, 4, 1), billing);
        assertThat(read(jackson.serialize(signed, String.class).getData(), ContractSignedEvent.class))
                .isEqualTo(signed);
        InvoiceDraftedEvent invoice = new InvoiceDraftedEvent(new CustomerId("cus-1"), new InvoiceId("c-1-1"), "JPY",
                List.of(new InvoiceLine("x", BigDecimal.ONE, Money.of("33334", "JPY"), "STANDARD")),
                new ContractId("c-1"));
        assertThat(read(jackson.serialize(invoice, String.class).getData(), InvoiceDraftedEvent.class))
                .isEqualTo(invoice);
    }
}
