package dev.urakata.config.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in each operation's description who may call it, read from the same {@code @PreAuthorize} that decides it (on
 * the method, else on its controller), so the document cannot promise other roles than the server enforces. A rule
 * that is more than a list of roles (an employee reading only their own record) is quoted whole beside the roles.
 */
final class OperationRoles implements OperationCustomizer {

    private static final Pattern ROLE_CALL = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern ROLE_NAME = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        String roles = rule == null ? "any signed-in user" : describe(rule.value());
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
        return operation.description(description + "**Roles:** " + roles);
    }

    static String describe(String expression) {
        String rule = expression.strip();
        if ("isAuthenticated()".equals(rule)) {
            return "any signed-in user";
        }
        List<String> roles = new ArrayList<>();
        Matcher call = ROLE_CALL.matcher(rule);
        while (call.find()) {
            Matcher name = ROLE_NAME.matcher(call.group(1));
            while (name.find()) {
                if (!roles.contains(name.group(1))) {
                    roles.add(name.group(1));
                }
            }
        }
        boolean onlyRoles = ROLE_CALL.matcher(rule).replaceAll("").replaceAll("\\bor\\b|[()\\s]", "").isEmpty();
        String listed = String.join(", ", roles);
        return onlyRoles && !roles.isEmpty() ? listed : (listed.isEmpty() ? "" : listed + "; ")
                + "rule `" + rule + "`";
    }
}
