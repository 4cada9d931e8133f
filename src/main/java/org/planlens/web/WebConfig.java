package org.planlens.web;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.List;
import org.planlens.query.PlanFilter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How requests are read (plan filters, unknown parameters refused) and answered (security headers, OpenAPI). */
@Configuration
class WebConfig implements WebMvcConfigurer {
    static {
        // a PlanFilter argument is read by PlanFilterArgument; its parameters are documented one by one below
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PlanFilter.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PlanFilterArgument());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // not on /error: the container forwards a failed request there with its parameters
        registry.addInterceptor(new KnownParameters()).excludePathPatterns("/error");
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> r = new FilterRegistrationBean<>(new SecurityHeaders());
        r.addUrlPatterns("/*");
        return r;
    }

    /** Every operation taking a plan filter lists its parameters, as the CLI's options. */
    @Bean
    OperationCustomizer planFilterParameters() {
        return (operation, handler) -> {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.getParameterType() != PlanFilter.class) continue;
                for (Params.Filter f : Params.PLAN_FILTERS) {
                    operation.addParametersItem(new QueryParameter()
                            .name(f.name())
                            .description(f.description())
                            .required(false)
                            .schema(f.type().equals("integer") ? new IntegerSchema() : new StringSchema()));
                }
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer apiInfo() {
        return api -> api.info(new Info()
                .title("planlens API")
                .version("v1")
                .description("The planlens query commands over the index of Vietnamese administrative-reform plans: "
                        + "the same filters (the CLI's option names without dashes) and the same rows as "
                        + "`planlens <command> --format json|csv`. Errors are RFC 9457 problem details.")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
    }
}
