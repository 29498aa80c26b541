package dev.urakata.query.web;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.function.Function;

/** Reads one page of a read model: the total that matches, and the documents of the page in a stable order. */
public final class MongoPages {

    private MongoPages() {
    }

    /**
     * @param items the page's items, mapped from their documents
     * @param total how many documents match in all
     */
    public record Slice<T>(List<T> items, long total) {
    }

    /** Counts what {@code query} matches and reads page {@code page} of {@code size}, sorted by {@code sort}. */
    public static <T> Slice<T> read(MongoTemplate mongo, String collection, Query query, Sort sort, int page, int size,
                                    Function<Document, T> mapper) {
        return read(mongo, collection, Document.class, query, sort, page, size, mapper);
    }

    /** As {@link #read(MongoTemplate, String, Query, Sort, int, int, Function)}, with documents read as {@code type}. */
    public static <D, T> Slice<T> read(MongoTemplate mongo, String collection, Class<D> type, Query query, Sort sort,
                                       int page, int size, Function<D, T> mapper) {
        long total = mongo.count(query, collection);
        Query pageQuery = Query.of(query).with(sort).skip((long) page * size).limit(size);
        List<T> items = mongo.find(pageQuery, type, collection).stream().map(mapper).toList();
        return new Slice<>(items, total);
    }
}
