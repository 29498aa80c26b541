package dev.urakata.config.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a controller method's {@code @PreAuthorize} (on the method, else on its class) once Spring MVC has chosen
 * the method and before it reads, binds or validates anything of the request.
 *
 * <p>Why: method security checks the annotation only when the method is invoked, that is after the body has been
 * parsed and validated, so a caller whose role may not use an endpoint got a 400 listing the fields it expects. Here
 * such a caller gets the same {@link org.springframework.security.access.AccessDeniedException} (403) that method
 * security would raise, before the body is touched. Method security still runs when the method is invoked: this is
 * a first line, not a replacement.
 *
 * <p>The expression is evaluated by Spring Security's own {@link PreAuthorizeAuthorizationManager}, so it finds the
 * annotation and reads the expression exactly as method security does. An expression that names a method argument
 * ({@code #employeeId}) cannot be decided before the arguments exist and is left to method security alone.
 */
public class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    /** @param expressions how method security evaluates its expressions in this application */
    public AuthorizeBeforeBinding(MethodSecurityExpressionHandler expressions) {
        preAuthorize.setExpressionHandler(expressions);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || namesAnArgument(method)) {
            return true;
        }
        AuthorizationResult result = preAuthorize.authorize(AuthorizeBeforeBinding::authentication,
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    private static boolean namesAnArgument(HandlerMethod method) {
        PreAuthorize annotation = method.getMethodAnnotation(PreAuthorize.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return annotation != null && annotation.value().contains("#");
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AuthenticationCredentialsNotFoundException("No authentication for an endpoint with roles");
        }
        return authentication;
    }
}
