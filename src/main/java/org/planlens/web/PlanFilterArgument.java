package org.planlens.web;

import org.planlens.query.PlanFilter;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A handler's {@link PlanFilter} argument, read from the request's plan filter parameters ({@link Params}). */
final class PlanFilterArgument implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PlanFilter.class;
    }

    @Override
    public PlanFilter resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return Params.planFilter(request::getParameter);
    }
}
