package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.planlens.query.PlanFilter;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request naming a parameter its handler does not take ({@code provice=...}): like the CLI's unknown
 * option, a 400 that names it and the parameters there are, instead of a filter silently ignored.
 */
final class KnownParameters implements HandlerInterceptor {
    private final ConcurrentMap<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) return true;
        Set<String> names = known.computeIfAbsent(method, KnownParameters::names);
        for (String name : request.getParameterMap().keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'"
                        + (names.isEmpty() ? "; this address takes none" : "; use " + String.join(", ", names)));
            }
        }
        return true;
    }

    private static Set<String> names(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null) {
                names.add(rp.name().isEmpty() ? rp.value() : rp.name());
            } else if (p.getParameterType() == PlanFilter.class) {
                Params.PLAN_FILTERS.forEach(f -> names.add(f.name()));
            }
        }
        return names;
    }
}
