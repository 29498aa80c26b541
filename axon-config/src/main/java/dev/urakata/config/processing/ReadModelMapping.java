package dev.urakata.config.processing;

import dev.urakata.shared.money.Money;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.converter.GenericConverter.ConvertiblePair;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How read-model records map to stored documents, one rule for all (docs/read-models.md): a {@link java.math.BigDecimal}
 * is a BSON {@code Decimal128}; {@link Money} is {@code {amount: Decimal128, currency: "JPY"}}; an
 * {@link java.time.Instant} is a BSON date; a business date ({@link LocalDate}) is text {@code YYYY-MM-DD} and a month
 * ({@link YearMonth}) {@code YYYY-MM}, which sort and compare in date order in any client. Documents carry no
 * {@code _class} hint: each collection holds one record type. The same mapping applies to values in an
 * {@code Update}, so a projection that updates a field in place stores it exactly as a whole record would.
 */
public final class ReadModelMapping {

    private ReadModelMapping() {
    }

    /** The conversions: decimals as Decimal128, money as a sub-document, business dates and months as text. */
    public static MongoCustomConversions conversions() {
        return MongoCustomConversions.create(adapter -> adapter
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128)
                .registerConverters(List.of(MoneyToDocument.INSTANCE, DocumentToMoney.INSTANCE,
                        TemporalToText.INSTANCE, TextToTemporal.INSTANCE)));
    }

    /** The converter every template of the application uses (and tests build theirs with). */
    public static MappingMongoConverter converter(MongoDatabaseFactory factory, MongoCustomConversions conversions) {
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        DbRefResolver references = new DefaultDbRefResolver(factory);
        MappingMongoConverter converter = new MappingMongoConverter(references, context);
        converter.setCustomConversions(conversions);
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        return converter;
    }

    /** A template over {@code factory} with this mapping. */
    public static MongoTemplate template(MongoDatabaseFactory factory) {
        return new MongoTemplate(factory, converter(factory, conversions()));
    }

    @WritingConverter
    enum MoneyToDocument implements Converter<Money, Document> {
        INSTANCE;

        @Override
        public Document convert(Money money) {
            return new Document("amount", new Decimal128(money.amount())).append("currency", money.currency());
        }
    }

    @ReadingConverter
    enum DocumentToMoney implements Converter<Document, Money> {
        INSTANCE;

        @Override
        public Money convert(Document money) {
            return new Money(((Decimal128) money.get("amount")).bigDecimalValue(), money.getString("currency"));
        }
    }

    /** The types kept as their ISO text, which sorts and compares in date order: business dates and months. */
    private static final Set<ConvertiblePair> AS_TEXT = Set.of(new ConvertiblePair(LocalDate.class, String.class),
            new ConvertiblePair(YearMonth.class, String.class));

    @WritingConverter
    enum TemporalToText implements GenericConverter {
        INSTANCE;

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return AS_TEXT;
        }

        @Override
        public Object convert(Object value, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return value == null ? null : value.toString();
        }
    }

    @ReadingConverter
    enum TextToTemporal implements GenericConverter {
        INSTANCE;

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return AS_TEXT.stream().map(pair -> new ConvertiblePair(pair.getTargetType(), pair.getSourceType()))
                    .collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object text, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (text == null) {
                return null;
            }
            return targetType.getType() == YearMonth.class ? YearMonth.parse((String) text)
                    : LocalDate.parse((String) text);
        }
    }
}
