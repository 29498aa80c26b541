package dev.urakata.shared.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorDetailsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void detailsKeepTheCodeAndItsKindOfRefusalThroughJson() throws Exception {
        ErrorDetails sent = ErrorDetails.of(CommonErrors.ID_IN_USE, "taken");
        String wire = json.writeValueAsString(sent);

        assertThat(json.readTree(wire).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "refusal", "detail");
        assertThat(json.readValue(wire, ErrorDetails.class)).isEqualTo(sent);
        assertThat(ErrorDetails.of(json.readValue(wire, Map.class))).isEqualTo(sent);
        assertThat(CommonErrors.ID_IN_USE.is(sent)).isTrue();
        assertThat(CommonErrors.NOT_FOUND.is(sent)).isFalse();
    }

    @Test
    void aMapWithoutAKnownKindOfRefusalCountsAsRefusedByARule() {
        assertThat(ErrorDetails.of(Map.of("code", "SOMETHING_NEW", "detail", "d")).refusal())
                .isEqualTo(Refusal.RULE_VIOLATED);
        assertThat(ErrorDetails.of(Map.of("code", "X", "refusal", "NOT_A_KIND", "detail", "d")).refusal())
                .isEqualTo(Refusal.RULE_VIOLATED);
        assertThat(ErrorDetails.of(Map.of("code", "X", "refusal", "CONFLICT", "detail", "d")).refusal())
                .isEqualTo(Refusal.CONFLICT);
    }
}
