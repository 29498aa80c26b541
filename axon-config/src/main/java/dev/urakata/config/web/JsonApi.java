package dev.urakata.config.web;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the JSON API under {@link #value()}: a {@code @RestController} whose every answer is JSON (errors
 * are problem documents either way, see {@link ProblemDetailsAdvice}). What each of the API's controllers used to
 * spell out as {@code @RestController} and {@code @RequestMapping(path = …, produces = APPLICATION_JSON_VALUE)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public @interface JsonApi {

    /** The path every mapping of the controller is under, such as {@code /api/hr/employees}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value();
}
