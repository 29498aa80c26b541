package dev.urakata.standalone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for end-to-end tests: real sockets, real JSON, Basic authentication. */
final class Api {

    /** Decimals are read exactly, as a careful client would: 5.000 stays 5.000. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ApiContract contract;

    Api(int port) {
        this(port, ApiContract.DOCUMENT);
    }

    /** A client whose exchanges are checked against, and counted by, {@code contract}. */
    Api(int port, ApiContract contract) {
        this.base = "http://localhost:" + port;
        this.contract = contract;
    }

    Response get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Response post(String user, String path, String json) {
        return post(user, path, json, null);
    }

    Response post(String user, String path, String json, String idempotencyKey) {
        HttpRequest.Builder builder = request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder.build(), json);
    }

    Response send(HttpRequest request) {
        return send(request, null);
    }

    /** Sends {@code request} (whose body, if any, is {@code body}) and holds the answer to the contract. */
    Response send(HttpRequest request, String body) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            contract.check(new ApiContract.Exchange(request.method(), request.uri().getRawPath(),
                    request.uri().getRawQuery(), body, response.statusCode(),
                    name -> response.headers().firstValue(name), response.body()));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            String credentials = user + ":" + user;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** A hire request body for the given employee number. */
    static String hireJson(String employeeNumber) {
        return """
                {"employeeNumber":"%s","givenName":"Aiko","familyName":"Tanaka","email":"aiko.tanaka@example.com",
                 "department":"Operations","position":"Clerk","employmentType":"PERMANENT","hireDate":"2026-04-01",
                 "monthlySalary":{"amount":"350000","currency":"JPY"}}""".formatted(employeeNumber);
    }

    record Response(int status, String body, String contentType, String location, String retryAfter) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }
}
