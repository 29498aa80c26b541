package dev.urakata.config.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What text a request body may carry. Every string is NFC-normalized, so that a name typed with a combining accent
 * and the same name typed precomposed are stored, compared and searched as one. Refused: control characters other
 * than tab, line feed and carriage return (a NUL truncates text in C libraries and terminals; escape sequences
 * repaint an operator's terminal), unpaired surrogates (not text at all: no UTF-8 encoder can write them), and the
 * bidirectional overrides, embeddings and isolates U+202A–U+202E and U+2066–U+2069, which make a stored name
 * display differently from what it is ("Trojan Source").
 *
 * <p>For HTTP request bodies only (see {@link StrictRequestBodies}): events already stored are read by Axon's
 * serializer with the application's own mapper, untouched by these rules.
 */
public final class RequestText {

    private RequestText() {
    }

    /** A Jackson module that applies these rules to every {@code String} a mapper reads. */
    public static SimpleModule module() {
        return new SimpleModule("urakata-request-text").addDeserializer(String.class, new Deserializer());
    }

    /** Why {@code text} is refused, for example "a control character (U+0000)", or {@code null} if it is accepted. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a well-formed pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate (" + codePoint(c) + ")";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "a control character (" + codePoint(c) + ")";
            } else if (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
                return "a bidirectional override, embedding or isolate (" + codePoint(c) + ")";
            }
        }
        return null;
    }

    /** {@code text} in Unicode normalization form C; the text must be accepted first. */
    public static String normalize(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String codePoint(char c) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }

    /**
     * A string in a request body that these rules refuse. A mapping exception, so that Jackson adds the path of the
     * field it was read for ({@code lines[2].description}) on its way out.
     */
    public static final class UnacceptableTextException extends MismatchedInputException {

        private final String reason;

        UnacceptableTextException(JsonParser parser, String reason) {
            super(parser, "Text containing " + reason + " is not accepted", String.class);
            this.reason = reason;
        }

        /** What is wrong with the text, for example "a control character (U+0000)". */
        public String reason() {
            return reason;
        }
    }

    /** Reads a string as Jackson's own deserializer does (same coercions), then checks and normalizes it. */
    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            String refusal = refusal(text);
            if (refusal != null) {
                throw new UnacceptableTextException(parser, refusal);
            }
            return normalize(text);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
