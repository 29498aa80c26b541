package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an auditor checks on an event nobody typed (a deadline firing, a saga acting): it says it is the system's,
 * names the message that caused it, and belongs to the business transaction of the act that set it going.
 */
final class SystemAttribution {

    private SystemAttribution() {
    }

    /**
     * Every {@code madeType} event of the aggregate has user {@code system}, a cause other than itself, and the
     * correlation id of the {@code causeType} event that scheduled it (and so of the person's act before it), found as the aggregate's
     * first such event whose payload agrees on {@code matchingFields} (an invoice's deadlines belong to its issue).
     */
    static void assertMadeBySystem(Api api, String aggregateId, String madeType, String causeType,
                                   String... matchingFields) {
        JsonNode items = api.get("compliance", "/api/audit/events?aggregateId=" + aggregateId + "&size=200").json()
                .path("items");
        List<JsonNode> made = new ArrayList<>();
        List<JsonNode> causes = new ArrayList<>();
        for (JsonNode item : items) {
            String type = item.path("eventType").asText();
            if (type.equals(madeType)) {
                made.add(item);
            } else if (type.equals(causeType)) {
                causes.add(item);
            }
        }
        assertThat(made).as("%s of %s", madeType, aggregateId).isNotEmpty();
        for (JsonNode event : made) {
            JsonNode cause = causes.stream().filter(c -> Arrays.stream(matchingFields).allMatch(field ->
                    c.path("payload").path(field).equals(event.path("payload").path(field)))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + causeType + " for " + event));
            assertThat(cause.path("correlationId").asText()).as("the act that set it going: %s", cause)
                    .isNotBlank();
            assertThat(event.path("user").asText()).as(event.toString()).isEqualTo("system");
            assertThat(event.path("correlationId").asText()).as(event.toString())
                    .isEqualTo(cause.path("correlationId").asText());
            assertThat(event.path("causationId").asText()).as(event.toString()).isNotBlank()
                    .isNotEqualTo(event.path("eventId").asText());
        }
    }
}
