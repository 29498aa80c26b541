package dev.urakata.query.readmodel;

import dev.urakata.query.readmodel.ReadModelCatalogue.Field;
import dev.urakata.query.readmodel.ReadModelCatalogue.FieldType;
import dev.urakata.shared.money.Money;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A read model's catalogue entry from its document record: every component but the {@code @Id} is a field, named as
 * stored (a component's name, or its {@code @Field} name), typed by the one storage rule, described by its
 * {@link Meaning}. A component that is {@code @Unwrapped} (a record whose fields are stored beside the others, as a
 * current state and each of its changes share the state's fields) stands for its own record's fields.
 */
public final class DocumentFields {

    private DocumentFields() {
    }

    /** The fields analysts see, in the record's order. */
    public static List<Field> of(Class<? extends Record> document) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : components(document)) {
            Meaning meaning = meaning(component);
            if (!meaning.hidden()) {
                fields.add(new Field(name(component), type(component), meaning.optional(), meaning.value()));
            }
        }
        return List.copyOf(fields);
    }

    /** The fields analysts never see (personal data), by stored name. */
    public static List<String> hidden(Class<? extends Record> document) {
        return components(document).stream().filter(component -> meaning(component).hidden())
                .map(DocumentFields::name).toList();
    }

    private static List<RecordComponent> components(Class<?> document) {
        List<RecordComponent> components = new ArrayList<>();
        for (RecordComponent component : document.getRecordComponents()) {
            if (AnnotatedElementUtils.hasAnnotation(component.getAccessor(), Unwrapped.class)) {
                components.addAll(components(component.getType()));
            } else if (!component.isAnnotationPresent(Id.class) && !component.getName().equals("id")) {
                components.add(component);
            }
        }
        return components;
    }

    private static Meaning meaning(RecordComponent component) {
        Meaning meaning = component.getAnnotation(Meaning.class);
        if (meaning == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " says nothing of what it means (@Meaning)");
        }
        return meaning;
    }

    private static String name(RecordComponent component) {
        org.springframework.data.mongodb.core.mapping.Field stored =
                component.getAccessor().getAnnotation(org.springframework.data.mongodb.core.mapping.Field.class);
        if (stored == null) {
            stored = component.getAnnotation(org.springframework.data.mongodb.core.mapping.Field.class);
        }
        return stored == null || stored.value().isEmpty() ? component.getName() : stored.value();
    }

    /** The stored type of a component by its Java type (the rule of {@code ReadModelMapping}). */
    static FieldType type(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class || type.isEnum()) {
            return FieldType.STRING;
        } else if (type == LocalDate.class) {
            return FieldType.DATE;
        } else if (type == YearMonth.class) {
            return FieldType.MONTH;
        } else if (type == Instant.class) {
            return FieldType.INSTANT;
        } else if (type == int.class || type == Integer.class) {
            return FieldType.INT;
        } else if (type == long.class || type == Long.class) {
            return FieldType.LONG;
        } else if (type == boolean.class || type == Boolean.class) {
            return FieldType.BOOLEAN;
        } else if (type == BigDecimal.class) {
            return FieldType.DECIMAL;
        } else if (type == Money.class) {
            return FieldType.MONEY;
        } else if (Map.class.isAssignableFrom(type)) {
            return valueType(component.getGenericType()) == BigDecimal.class ? FieldType.DECIMALS_BY_ID
                    : FieldType.DOCUMENT;
        } else if (Collection.class.isAssignableFrom(type)) {
            return FieldType.ARRAY;
        } else if (type.isRecord()) {
            return FieldType.DOCUMENT;
        }
        throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                + " has a type the storage rule does not cover: " + type.getName());
    }

    private static Type valueType(Type map) {
        return map instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[1] : null;
    }
}
