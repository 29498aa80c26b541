package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production setup: demo accounts off, JWT bearer tokens from an identity provider, roles from the token's
 * {@code roles} claim. The provider is stood in for by a locally generated RSA key.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtEndToEndTest {

    static final KeyPair KEYS = generate();

    @DynamicPropertySource
    static void jwtSetup(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("urakata-jwt-");
        Path publicKey = dir.resolve("issuer.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("urakata.data-dir", () -> dir.resolve("data").toString());
        registry.add("urakata.security.demo-users", () -> "false");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @LocalServerPort
    int port;

    @Test
    void aTokenWithTheHrRoleMayHireAndTheAuditTrailNamesItsSubject() {
        Api api = new Api(port);
        Api.Response hired = api.send(api.request(null, "/api/hr/employees")
                .header("Authorization", "Bearer " + token("alice", List.of("HR"), Instant.now().plusSeconds(300)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.hireJson("J-1"))).build());
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        String id = hired.json().get("employeeId").asText();

        String auditor = token("carol", List.of("COMPLIANCE"), Instant.now().plusSeconds(300));
        await().atMost(Duration.ofSeconds(20)).until(() -> bearerGet(api, auditor, "/api/audit/events?aggregateId=" + id)
                .json().path("total").asInt() == 1);
        assertThat(bearerGet(api, auditor, "/api/audit/events?aggregateId=" + id).json().get("items").get(0)
                .get("user").asText()).isEqualTo("alice");
    }

    @Test
    void theDemoAccountsAreOffAndBadTokensAreRefused() {
        Api api = new Api(port);
        assertProblem(api.get("hr", "/api/hr/employees"), 401, "UNAUTHENTICATED");
        Api.Response expired = bearerGet(api, token("bob", List.of("HR"), Instant.now().minusSeconds(60)),
                "/api/hr/employees");
        assertThat(expired.status()).isEqualTo(401);
        Api.Response analyst = api.send(api.request(null, "/api/hr/employees")
                .header("Authorization", "Bearer " + token("dan", List.of("ANALYST"), Instant.now().plusSeconds(300)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.hireJson("J-2"))).build());
        assertProblem(analyst, 403, "FORBIDDEN");
        assertThat(bearerGet(api, "not-a-jwt", "/api/hr/employees").status()).isEqualTo(401);

        // Each refused token is in the refusal log, without a user: an unverified token's subject proves nothing.
        String auditor = token("carol", List.of("COMPLIANCE"), Instant.now().plusSeconds(300));
        JsonNode tokens = bearerGet(api, auditor, "/api/audit/refusals?kind=SIGN_IN_FAILED&size=50").json();
        assertThat(tokens.path("items").findValuesAsText("reason")).as(tokens.toString())
                .containsOnly("invalid bearer token", "wrong account name or password")
                .filteredOn("invalid bearer token"::equals).hasSize(2);
        assertThat(tokens.path("items").findValues("user")).as("no user for a refused sign-in here").isEmpty();
        JsonNode forbidden = bearerGet(api, auditor, "/api/audit/refusals?kind=FORBIDDEN&user=dan").json();
        assertThat(forbidden.path("total").asLong()).isEqualTo(1);
        assertThat(forbidden.path("items").get(0).path("route").asText()).isEqualTo("/api/hr/employees");
    }

    static Api.Response bearerGet(Api api, String token, String path) {
        return api.send(api.request(null, path).header("Authorization", "Bearer " + token).GET().build());
    }

    static String token(String subject, List<String> roles, Instant expiresAt) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                .build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).claim("roles", roles)
                .issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
