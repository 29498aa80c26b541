package dev.urakata.query.audit;

import com.fasterxml.jackson.annotation.JsonValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids an event names: what a person's trail ({@code GET /api/privacy/subjects/{id}/trail}) looks up, so that
 * one query finds everything about someone whatever aggregate it lives on — the employee's own events, a payslip,
 * a leave request, a contract whose counterparty they are, a shift roster listing them, their erasure.
 *
 * <p>An id is the value of a typed identifier (a record whose one String component is its {@link JsonValue}, such
 * as {@code EmployeeId} or {@code DataSubjectId}) or of a String component whose name ends in {@code Id} (a
 * contract's {@code counterpartyId}), found anywhere in the payload: nested records, lists and map values included.
 * Free text and personal data are never collected: a name is not an id. What a record type holds is worked out
 * once per type, so the walk reads only the fields that can hold ids.
 */
final class SubjectMentions {

    /** Deep enough for every event today (a list of records of ids); a guard against cycles, not a limit in use. */
    private static final int MAX_DEPTH = 6;
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private SubjectMentions() {
    }

    /** The ids {@code payload} names, sorted, with {@code known} (its aggregate, its data subject) among them. */
    static List<String> of(Object payload, Object... known) {
        Set<String> ids = new TreeSet<>();
        for (Object id : known) {
            add(id, ids);
        }
        collect(payload, ids, 0);
        return List.copyOf(ids);
    }

    private static void collect(Object value, Set<String> ids, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, ids, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, ids, depth + 1));
        } else if (value.getClass().isRecord()) {
            RecordShape shape = SHAPES.computeIfAbsent(value.getClass(), RecordShape::of);
            if (shape.idValue != null) {
                add(read(shape.idValue, value), ids);
                return;
            }
            shape.idTexts.forEach(accessor -> add(read(accessor, value), ids));
            shape.nested.forEach(accessor -> collect(read(accessor, value), ids, depth + 1));
        }
    }

    private static void add(Object id, Set<String> ids) {
        if (id instanceof String text && !text.isBlank()) {
            ids.add(text);
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of an event", e);
        }
    }

    /**
     * What a record type holds that can name someone.
     *
     * @param idValue the accessor of a typed id's String, or {@code null} when the record is not a typed id
     * @param idTexts accessors of String components named {@code …Id}
     * @param nested  accessors of components that may hold ids deeper down: records, lists, maps, untyped values
     */
    private record RecordShape(Method idValue, List<Method> idTexts, List<Method> nested) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components.length == 1 && components[0].getType() == String.class
                    && (components[0].isAnnotationPresent(JsonValue.class)
                    || components[0].getAccessor().isAnnotationPresent(JsonValue.class))) {
                return new RecordShape(accessible(components[0]), List.of(), List.of());
            }
            List<Method> idTexts = new ArrayList<>();
            List<Method> nested = new ArrayList<>();
            for (RecordComponent component : components) {
                Class<?> componentType = component.getType();
                if (componentType == String.class) {
                    if (component.getName().endsWith("Id")) {
                        idTexts.add(accessible(component));
                    }
                } else if (componentType.isRecord() || Collection.class.isAssignableFrom(componentType)
                        || Map.class.isAssignableFrom(componentType) || componentType == Object.class) {
                    nested.add(accessible(component));
                }
            }
            return new RecordShape(null, List.copyOf(idTexts), List.copyOf(nested));
        }

        private static Method accessible(RecordComponent component) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor;
        }
    }
}
