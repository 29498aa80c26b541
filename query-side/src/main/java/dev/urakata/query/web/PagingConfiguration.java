package dev.urakata.query.web;

import dev.urakata.config.web.StrictQueryParameters;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@link Paging} parameters: read from {@code page} and {@code size}, refused as {@link ReadQueries#checkPaging}
 * says (400 INVALID_INPUT, like any other malformed parameter), and declared in the OpenAPI document as the two
 * integer query parameters they are.
 */
@Configuration(proxyBeanMethods = false)
class PagingConfiguration {

    static {
        // The record is not a request body or an object parameter: the customizer below describes it.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class);
    }

    @Bean
    WebMvcConfigurer pagingArguments(ReadQueries queries) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PagingResolver(queries));
            }
        };
    }

    /** The query parameters a paged operation takes besides its own: {@code page} and {@code size}. */
    @Bean
    StrictQueryParameters.Names pagingParameterNames() {
        return parameter -> parameter.getParameterType() == Paging.class ? Set.of("page", "size") : Set.of();
    }

    @Bean
    OperationCustomizer pagingParameters() {
        return (operation, handler) -> {
            Arrays.stream(handler.getMethodParameters()).filter(p -> p.getParameterType() == Paging.class)
                    .findFirst().ifPresent(paging -> {
                        operation.addParametersItem(new QueryParameter().name("page").required(false)
                                .description("Which page, from 0").schema(new IntegerSchema()._default(0)));
                        operation.addParametersItem(new QueryParameter().name("size").required(false)
                                .description("Entries per page")
                                .schema(new IntegerSchema()._default(defaultSize(paging))));
                    });
            return operation;
        };
    }

    private static int defaultSize(MethodParameter parameter) {
        Paging.DefaultSize size = parameter.getParameterAnnotation(Paging.DefaultSize.class);
        return size == null ? Paging.DEFAULT_SIZE : size.value();
    }

    private record PagingResolver(ReadQueries queries) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Paging.class;
        }

        @Override
        public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            int page = number(request, "page", 0);
            int size = number(request, "size", defaultSize(parameter));
            queries.checkPaging(page, size);
            return new Paging(page, size);
        }

        /** As Spring reads {@code @RequestParam(defaultValue = …) int}: absent or blank is the default. */
        private static int number(NativeWebRequest request, String name, int absent) {
            String value = request.getParameter(name);
            if (value == null || value.isBlank()) {
                return absent;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new DomainException(CommonErrors.INVALID_INPUT, name + " must be a whole number");
            }
        }
    }
}
