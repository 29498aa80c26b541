package dev.urakata.query.readmodel;

import dev.urakata.config.storage.AnalystCollections;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read models analysts may query with their own tools: each collection's stable name, what one document is,
 * its key, its fields with their stored types and meaning, the fields that say when it was known, and the events
 * that feed it (read from its projection's handlers, so the list cannot drift from the code). Served at
 * {@code GET /api/read-models}, written to {@code docs/read-models.md} by a test, and the list of what the analysts'
 * read-only port serves; every other collection is internal and listed separately.
 */
public final class ReadModelCatalogue implements AnalystCollections {

    /** How a field is stored; {@link #MONEY} and {@link #DECIMAL} are the rule of {@code ReadModelMapping}. */
    public enum FieldType {
        STRING("string"),
        /** A business date: text {@code YYYY-MM-DD}, which sorts and compares in date order. */
        DATE("string, YYYY-MM-DD"),
        /** A month: text {@code YYYY-MM}. */
        MONTH("string, YYYY-MM"),
        /** A point in time: a BSON date (UTC). */
        INSTANT("date"),
        INT("int"),
        LONG("long"),
        BOOLEAN("bool"),
        /** An exact decimal (a quantity): BSON Decimal128. */
        DECIMAL("decimal"),
        /** Money: {@code {amount: Decimal128, currency: "JPY"}}. */
        MONEY("{amount: decimal, currency: string}"),
        /** A sub-document whose values are exact decimals, keyed by an id. */
        DECIMALS_BY_ID("object of decimal"),
        DOCUMENT("object"),
        ARRAY("array");

        private final String stored;

        FieldType(String stored) {
            this.stored = stored;
        }

        /** The stored form as the catalogue shows it. */
        public String stored() {
            return stored;
        }

        /** Whether {@code value}, as the driver reads it, is stored in this form. */
        public boolean holds(Object value) {
            return switch (this) {
                case STRING -> value instanceof String;
                case DATE -> value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}");
                case MONTH -> value instanceof String text && text.matches("\\d{4}-\\d{2}");
                case INSTANT -> value instanceof Date;
                case INT -> value instanceof Integer;
                case LONG -> value instanceof Long || value instanceof Integer;
                case BOOLEAN -> value instanceof Boolean;
                case DECIMAL -> value instanceof Decimal128;
                case MONEY -> value instanceof Document money && money.keySet().equals(Set.of("amount", "currency"))
                        && money.get("amount") instanceof Decimal128 && money.get("currency") instanceof String;
                case DECIMALS_BY_ID -> value instanceof Document map
                        && map.values().stream().allMatch(Decimal128.class::isInstance);
                case DOCUMENT -> value instanceof Document;
                case ARRAY -> value instanceof List;
            };
        }
    }

    /** One field of a read model's documents; {@code optional}: absent or null in some documents. */
    public record Field(String name, FieldType type, boolean optional, String meaning) {
    }

    /**
     * One analyst-facing read model.
     *
     * @param collection  the stable collection name
     * @param document    what one document is
     * @param key         what {@code _id} holds
     * @param asOf        the fields that say when a document's content was recorded (empty: current state only)
     * @param projection  the class whose event handlers feed it
     * @param fields      its fields other than {@code _id}
     * @param hidden      fields its documents hold that analysts never see (personal data): the port drops them
     *                    before any stage of a query can read them
     */
    public record ReadModel(String collection, String document, String key, List<String> asOf, Class<?> projection,
                            List<Field> fields, List<String> hidden) {

        /** A read model whose documents are records of {@code stored}: fields and hidden fields from its components. */
        public ReadModel(String collection, String document, String key, List<String> asOf, Class<?> projection,
                         Class<? extends Record> stored) {
            this(collection, document, key, asOf, projection, DocumentFields.of(stored), DocumentFields.hidden(stored));
        }

        /** A read model analysts see whole. */
        public ReadModel(String collection, String document, String key, List<String> asOf, Class<?> projection,
                         List<Field> fields) {
            this(collection, document, key, asOf, projection, fields, List.of());
        }

        /**
         * What is wrong with a stored document of this read model, by the catalogue: a field it does not list, a
         * field it requires missing, a value not stored in its field's form. Empty when the document conforms.
         */
        public List<String> problems(Document document) {
            List<String> problems = new ArrayList<>();
            Map<String, Field> declared = fields.stream().collect(Collectors.toMap(Field::name, f -> f));
            document.keySet().stream().filter(name -> !name.equals("_id") && !declared.containsKey(name)
                            && !hidden.contains(name))
                    .forEach(name -> problems.add(name + ": not in the catalogue"));
            for (Field field : fields) {
                Object value = document.get(field.name());
                if (value == null && !field.optional()) {
                    problems.add(field.name() + ": missing");
                } else if (value != null && !field.type().holds(value)) {
                    problems.add(field.name() + ": " + value + " is not " + field.type().stored());
                }
            }
            return problems;
        }

        /** The events that feed it, by simple name, from its projection's event handlers (inherited ones too). */
        public List<String> events() {
            TreeSet<String> events = new TreeSet<>();
            for (Class<?> type = projection; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(EventHandler.class) && method.getParameterCount() > 0) {
                        events.add(method.getParameterTypes()[0] == Object.class ? "every event"
                                : method.getParameterTypes()[0].getSimpleName());
                    }
                }
            }
            return List.copyOf(events);
        }
    }

    /** A collection that is not for analysts, and why it exists. */
    public record Internal(String collection, String purpose) {
    }

    private final List<ReadModel> readModels;
    private final List<Internal> internal;
    private final Map<String, ReadModel> byName;
    private final Function<String, String> physical;

    /**
     * @param readModels the analyst-facing read models
     * @param internal   the collections that are not for analysts (one also listed in {@code readModels} is dropped)
     * @param physical   where a read model lives now, by its stable name (the read-model routes)
     */
    public ReadModelCatalogue(List<ReadModel> readModels, List<Internal> internal, Function<String, String> physical) {
        this.readModels = List.copyOf(readModels);
        this.byName = readModels.stream().collect(Collectors.toMap(ReadModel::collection, Function.identity()));
        this.internal = internal.stream().filter(entry -> !byName.containsKey(entry.collection())).toList();
        this.physical = physical;
    }

    public List<ReadModel> readModels() {
        return readModels;
    }

    public List<Internal> internal() {
        return internal;
    }

    @Override
    public List<String> names() {
        return readModels.stream().map(ReadModel::collection).toList();
    }

    @Override
    public String physical(String name) {
        return byName.containsKey(name) ? physical.apply(name) : null;
    }

    @Override
    public List<String> hidden(String name) {
        return byName.containsKey(name) ? byName.get(name).hidden() : List.of();
    }

    /** The catalogue as {@code docs/read-models.md} shows it, below that page's hand-written introduction. */
    public String markdown() {
        List<String> lines = new ArrayList<>();
        for (ReadModel model : readModels) {
            lines.add("### `" + model.collection() + "`");
            lines.add("");
            lines.add(model.document() + " Key (`_id`): " + model.key() + ".");
            lines.add("");
            lines.add("As of: " + (model.asOf().isEmpty() ? "current state only"
                    : model.asOf().stream().map(field -> "`" + field + "`").collect(Collectors.joining(", "))) + ".");
            lines.add("Fed by: " + String.join(", ", model.events()) + ".");
            if (!model.hidden().isEmpty()) {
                lines.add("Never shown to analysts (personal data): " + model.hidden().stream()
                        .map(field -> "`" + field + "`").collect(Collectors.joining(", ")) + ".");
            }
            lines.add("");
            lines.add("| field | stored as | meaning |");
            lines.add("| --- | --- | --- |");
            for (Field field : model.fields()) {
                lines.add("| `" + field.name() + "` | " + field.type().stored() + (field.optional() ? ", optional" : "")
                        + " | " + field.meaning() + " |");
            }
            lines.add("");
        }
        lines.add("## Not for analysts");
        lines.add("");
        lines.add("The read-only port refuses these; their shape may change in any release.");
        lines.add("");
        lines.add("| collection | what it is |");
        lines.add("| --- | --- |");
        internal.forEach(entry -> lines.add("| `" + entry.collection() + "` | " + entry.purpose() + " |"));
        return String.join("\n", lines) + "\n";
    }
}
