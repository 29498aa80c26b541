package dev.urakata.config.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Says what every view's {@code asOf} and {@code effectiveOn} parameters take, in one place: the handlers read it as text because it may be
 * either a date or an instant, which springdoc can only document as a bare string.
 */
final class AsOfParameters implements OperationCustomizer {

    static final String DESCRIPTION = "What was known then: an instant (2026-05-01T09:00:00Z) or a date (2026-05-01,"
            + " the end of that day in UTC, so everything recorded on or before it); years 1900 to 9999";

    static final String EFFECTIVE_ON = "What was in force that day, by the dates the business gave (hire, effective "
            + "and due dates), whenever they were recorded: a date (2026-11-20) or an instant (its day in UTC); with "
            + "asOf, as it was known then";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> "asOf".equals(parameter.getName()) && "query".equals(parameter.getIn())
                            && parameter.getDescription() == null && parameter.getSchema() != null
                            && parameter.getSchema().getFormat() == null) // an Instant-typed asOf says so itself
                    .forEach(parameter -> {
                        parameter.setDescription(DESCRIPTION);
                        parameter.setExample("2026-05-01");
                    });
            operation.getParameters().stream()
                    .filter(parameter -> EffectiveOn.PARAMETER.equals(parameter.getName())
                            && "query".equals(parameter.getIn()) && parameter.getDescription() == null)
                    .forEach(parameter -> {
                        parameter.setDescription(EFFECTIVE_ON);
                        parameter.setExample("2026-11-20");
                    });
        }
        return operation;
    }
}
