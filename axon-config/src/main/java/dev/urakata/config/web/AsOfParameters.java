package dev.urakata.config.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Says what every view's {@code asOf} parameter takes, in one place: the handlers read it as text because it may be
 * either a date or an instant, which springdoc can only document as a bare string.
 */
final class AsOfParameters implements OperationCustomizer {

    static final String DESCRIPTION = "What was known then: an instant (2026-05-01T09:00:00Z) or a date (2026-05-01,"
            + " the end of that day in UTC, so everything recorded on or before it); years 1900 to 9999";

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
        }
        return operation;
    }
}
