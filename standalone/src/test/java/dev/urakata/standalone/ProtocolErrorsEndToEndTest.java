package dev.urakata.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller sees them, by Tomcat while it parses the request or by Spring Security's
 * firewall, and the container's own error page: each answer is a problem document with a stable code, not Tomcat's
 * HTML page or Spring Boot's default error JSON. Sent as exact bytes over a socket, since an HTTP client library
 * refuses to send most of them.
 */
class ProtocolErrorsEndToEndTest extends EmbeddedStackTest {

    RawHttp raw() {
        return new RawHttp(port);
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of("an encoded slash in the path", "GET", "/api/hr/employees/a%2Fb", 400,
                        "REQUEST_REJECTED"),
                Arguments.of("an encoded NUL in the path", "GET", "/api/hr/employees/a%00b", 400, "REQUEST_REJECTED"),
                Arguments.of("a malformed percent escape", "GET", "/api/hr/employees/a%zzb", 400, "REQUEST_REJECTED"),
                Arguments.of("a double slash (the firewall)", "GET", "/api/hr//employees", 400, "REQUEST_REJECTED"),
                Arguments.of("a path parameter (the firewall)", "GET", "/api/hr/employees;x=y", 400,
                        "REQUEST_REJECTED"),
                Arguments.of("an encoded backslash (the firewall)", "GET", "/api/hr/employees/a%5Cb", 400,
                        "REQUEST_REJECTED"),
                Arguments.of("a path that climbs out (the firewall)", "GET", "/api/hr/%2e%2e/audit/events", 400,
                        "REQUEST_REJECTED"),
                Arguments.of("a command with an encoded slash", "POST", "/api/hr/employees/a%2Fb/terminate", 400,
                        "REQUEST_REJECTED"),
                Arguments.of("a request line of 20,000 characters", "GET", "/api/hr/employees/" + "x".repeat(20_000),
                        414, "URI_TOO_LONG"),
                Arguments.of("a long query string", "GET", "/api/hr/employees?status=" + "x".repeat(20_000), 414,
                        "URI_TOO_LONG"),
                Arguments.of("TRACE (the firewall knows only the usual methods)", "TRACE", "/api/hr/employees", 400,
                        "REQUEST_REJECTED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void aRequestRefusedBeforeTheApplicationIsAProblemDocument(String name, String method, String target,
                                                                int status, String code) {
        long before = storedEvents();
        String body = "POST".equals(method) ? "{\"reason\":\"RESIGNATION\",\"lastDay\":\"2026-12-31\"}" : null;
        assertProblem(raw().send("hr", method, target, body), status, code);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void headersLargerThanTheServerAcceptsAreAProblemDocument() {
        long before = storedEvents();
        Api.Response response = raw().send("hr", "POST", "/api/hr/employees", Api.hireJson("P-1"),
                "X-Padding: " + "x".repeat(20_000));
        assertProblem(response, 431, "HEADERS_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRequestThatIsNotHttpIsAProblemDocument() {
        assertProblem(raw().exchange("GET /api/hr/employees HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1)), 400, "REQUEST_REJECTED");
        ByteArrayOutputStream rawPath = new ByteArrayOutputStream();
        rawPath.writeBytes("GET /api/hr/employees/".getBytes(StandardCharsets.ISO_8859_1));
        rawPath.writeBytes(new byte[] {0x01, (byte) 0xff});
        rawPath.writeBytes(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(raw().exchange(rawPath.toByteArray()), 400, "REQUEST_REJECTED");
    }

    @Test
    void theContainersErrorPageIsAProblemDocument() {
        // Reached directly, the error page has no error to describe: there is nothing at that route.
        assertProblem(raw().send("hr", "GET", "/error", null), 404, "NOT_FOUND");
        assertProblem(api().get(null, "/error"), 404, "NOT_FOUND");
        assertThat(api().get("admin", "/v3/api-docs").json().get("paths").has("/error")).isFalse();
    }
}
