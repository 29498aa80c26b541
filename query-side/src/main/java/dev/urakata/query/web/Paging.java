package dev.urakata.query.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which page of a list a request asks for: the query parameters {@code page} (from 0, default 0) and {@code size}
 * (default 20, or the parameter's {@link DefaultSize}), checked before the handler runs (see
 * {@link PagingConfiguration}). A handler takes it as a parameter instead of two request parameters and a check.
 */
public record Paging(int page, int size) {

    /** The page size when the request names none, where a list's usual page is not 20 entries. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface DefaultSize {
        int value();
    }

    static final int DEFAULT_SIZE = 20;
}
