package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The address of the page shown, to make the addresses of its links: the same question with one parameter set
 * or removed ({@code ${url.with('province', 'Thanh Hóa')}}). Setting anything but the page goes back to page 1.
 * Immutable.
 */
public final class Link {
    private final String path;
    private final Map<String, String> params;

    private Link(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    /** The request's path and its non-blank parameters, in order. */
    static Link of(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (v.length > 0 && v[0] != null && !v[0].isBlank()) params.put(k, v[0].strip());
        });
        return new Link(request.getRequestURI(), params);
    }

    public Link with(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (!name.equals("page")) p.remove("page");
        if (value == null || value.toString().isBlank()) {
            p.remove(name);
        } else {
            p.put(name, value.toString());
        }
        return new Link(path, p);
    }

    public Link without(String... names) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        for (String n : names) p.remove(n);
        return new Link(path, p);
    }

    /** The same parameters (those of {@code keep} only) on another path: a download of the rows shown. */
    public Link at(String otherPath, Collection<String> keep) {
        Map<String, String> p = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (keep.contains(k)) p.put(k, v);
        });
        return new Link(otherPath, p);
    }

    public String get(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** Whether any of the parameters is set. */
    public boolean hasAny(Collection<String> names) {
        for (String n : names) {
            if (params.containsKey(n)) return true;
        }
        return false;
    }

    public Set<String> names() {
        return params.keySet();
    }

    @Override
    public String toString() {
        if (params.isEmpty()) return path;
        StringBuilder b = new StringBuilder(path).append('?');
        params.forEach((k, v) -> {
            if (b.charAt(b.length() - 1) != '?') b.append('&');
            b.append(enc(k)).append('=').append(enc(v));
        });
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
