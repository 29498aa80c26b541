package dev.urakata.shared.privacy;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields of a message type are erasable personal data, and which field names their data subject: read once
 * per type from {@link PersonalData} and {@link DataSubject} on record components.
 *
 * <p>Only records with a {@code @DataSubject} component take part; their erasable fields must be top-level
 * strings, so that the placeholder {@link #ERASED} fits wherever one of them was.
 *
 * @param subjectField the name of the {@code @DataSubject} component; {@code null} when the type has none
 * @param erasable     the names of the erasable {@code @PersonalData} components, in declaration order
 */
public record PersonalDataFields(String subjectField, List<String> erasable) {

    /** What an erased field reads as, everywhere: events, projections, audit views and exports. */
    public static final String ERASED = "[erased]";

    private static final PersonalDataFields NONE = new PersonalDataFields(null, List.of());
    private static final Map<Class<?>, PersonalDataFields> BY_TYPE = new ConcurrentHashMap<>();

    public PersonalDataFields {
        erasable = List.copyOf(erasable);
    }

    /** The personal data fields of {@code type}; none for types that are not records with a data subject. */
    public static PersonalDataFields of(Class<?> type) {
        return BY_TYPE.computeIfAbsent(type, PersonalDataFields::read);
    }

    /** Whether {@code type} has anything to encrypt. */
    public boolean any() {
        return !erasable.isEmpty();
    }

    private static PersonalDataFields read(Class<?> type) {
        if (!type.isRecord()) {
            return NONE;
        }
        String subject = null;
        List<String> erasable = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                if (subject != null) {
                    throw new IllegalStateException(type.getName() + " has more than one @DataSubject");
                }
                subject = component.getName();
            }
            PersonalData personal = component.getAnnotation(PersonalData.class);
            if (personal != null && personal.erasable()) {
                erasable.add(component.getName());
                if (component.getType() != String.class) {
                    throw new IllegalStateException(type.getName() + "." + component.getName()
                            + " is erasable personal data but not a String");
                }
            }
        }
        if (subject == null) {
            return NONE;
        }
        return new PersonalDataFields(subject, erasable);
    }
}
