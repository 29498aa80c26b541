package dev.urakata.config.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Reads HTTP request bodies strictly: a key given twice, a field the request does not have, text that
 * {@link RequestText} refuses or a date outside {@link RequestDates}' range is a 400 naming the field, never a silent guess at what the caller meant.
 *
 * <p>The strictness lives in a copy of the application's mapper used only by Spring MVC's JSON converter. The
 * application's mapper itself stays lenient on purpose: Axon's event serializer is built on it (there is no separate
 * {@code defaultAxonObjectMapper}), and events stored before these rules existed, or written by an older version
 * with fields since removed, must still be read. Responses are written with the same configuration as before.
 */
public class StrictRequestBodies implements WebMvcConfigurer {

    private final ObjectMapper strict;

    public StrictRequestBodies(ObjectMapper applicationMapper) {
        this.strict = strict(applicationMapper);
    }

    /** A copy of {@code mapper} that reads strictly; {@code mapper} is left as it is. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        copy.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        copy.registerModule(RequestText.module());
        copy.registerModule(RequestDates.module());
        return copy;
    }

    /** Swaps the Jackson converter Spring Boot configured for one that reads with the strict copy. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? new MappingJackson2HttpMessageConverter(strict)
                : converter);
    }
}
