package dev.urakata.query.readmodel;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The optional filters of a list query: a parameter the caller left out (null) adds nothing, one given adds an
 * exact match on the field, in the form the projections store such values — an enum by its name, an id or a date
 * by its text ({@code toString()}), a string, number or boolean as it is.
 */
public final class Filters {

    private final Criteria criteria;

    /** Filters on their own: everything matches until one is given. */
    public Filters() {
        this(new Criteria());
    }

    /** Filters added to criteria the query always has. */
    public Filters(Criteria criteria) {
        this.criteria = criteria;
    }

    /** {@code field = value}, unless {@code value} is null. */
    public Filters equal(String field, Object value) {
        if (value != null) {
            criteria.and(field).is(stored(value));
        }
        return this;
    }

    /** {@code from <= field <= to}, either bound left out when null (values stored as text). */
    public Filters within(String field, Object from, Object to) {
        if (from == null && to == null) {
            return this;
        }
        Criteria range = criteria.and(field);
        if (from != null) {
            range.gte(stored(from));
        }
        if (to != null) {
            range.lte(stored(to));
        }
        return this;
    }

    public Criteria criteria() {
        return criteria;
    }

    static Object stored(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
