package dev.urakata.config.web;

import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a failed request, as a problem document instead of its HTML page. It speaks for requests
 * refused before any application code runs: a path with an encoded slash, backslash or NUL, a malformed escape or
 * header, a request line or headers over {@code server.max-http-request-header-size}.
 *
 * <p>Tomcat answers an over-long request line and over-long headers alike with 400 and "Request header is too
 * large"; this valve tells them apart (the request target is recorded only once it has been read whole, so it is
 * missing when the line overflowed) and answers 414 or 431, which say what to shorten. The body never echoes the request: its path is
 * exactly what failed to parse.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Tomcat's message for a request line or headers that overflow the header buffer, in the JVM's locale. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ErrorCode code = codeOf(request, response.getStatus(), throwable);
        // Tomcat's 400s get the status of the code they were told apart as; any other status stands.
        int status = response.getStatus() == 400 ? Problems.statusOf(code) : response.getStatus();
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(code, status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over meanwhile: nothing more to tell anyone.
        }
    }

    private static ErrorCode codeOf(Request request, int status, Throwable throwable) {
        if (status != 400) {
            return Problems.codeFor(status);
        }
        if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            return request.getCoyoteRequest().requestURI().isNull() ? CommonErrors.URI_TOO_LONG
                    : CommonErrors.HEADERS_TOO_LARGE;
        }
        // Tomcat's own 400s are all about the form of the request, never about the application's input.
        return CommonErrors.REQUEST_REJECTED;
    }

    private static String json(ErrorCode code, int status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(Problems.titleOf(code)) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(Problems.genericDetail(code)) + "\",\"code\":\"" + code.name() + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
