package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.planlens.index.IndexUnavailableException;
import org.planlens.query.LiveIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failure as the caller can use it, never a stack trace: under {@code /api/} an RFC 9457 problem detail
 * ({@code application/problem+json}), elsewhere the error page. A bad parameter is a 400 saying which and why,
 * a missing index a 503 saying how to make one, an unknown plan a 404.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    static final String PROBLEM_BASE = "https://planlens.org/problems/";
    /** The output folder the ingest should write for this server to find its index: the index folder's parent. */
    private final String outDir;

    ErrorResponses(LiveIndex index) {
        Path parent = index.dir().toAbsolutePath().normalize().getParent();
        this.outDir = parent == null ? "output" : parent.toString();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badParameter(IllegalArgumentException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "bad-parameter", e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "bad-parameter", e.getParameterName() + " is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.BAD_REQUEST,
                "bad-parameter",
                e.getName() + ": '" + e.getValue() + "' is not a valid value");
    }

    @ExceptionHandler(IndexUnavailableException.class)
    Object noIndex(IndexUnavailableException e, HttpServletRequest request) {
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, "no-index", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse r) {
            // Spring's own refusals (404 no such address, 405 method, 406 format) keep their status
            HttpStatusCode status = r.getStatusCode();
            String detail = r.getBody().getDetail();
            return respond(
                    request,
                    HttpStatus.valueOf(status.value()),
                    status.value() == 404 ? "not-found" : "request",
                    detail == null ? HttpStatus.valueOf(status.value()).getReasonPhrase() : detail);
        }
        LOG.error("failed to answer {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "the server could not answer this request; its log says why");
    }

    /** The problem's title, English for programs and Vietnamese for the page, by its type. */
    private static final Map<String, String[]> TITLES = Map.of(
            "bad-parameter", new String[] {"Bad parameter", "Tham số không hợp lệ"},
            "no-index", new String[] {"No index to query", "Chưa có chỉ mục để tra cứu"},
            "not-found", new String[] {"Not found", "Không tìm thấy"},
            "request", new String[] {"Request refused", "Yêu cầu không được chấp nhận"},
            "internal", new String[] {"Server error", "Lỗi máy chủ"});

    Object respond(HttpServletRequest request, HttpStatus status, String type, String detail) {
        String[] title = TITLES.get(type);
        if (isApi(request)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
            p.setType(URI.create(PROBLEM_BASE + type));
            p.setTitle(title[0]);
            p.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title[1]);
        page.addObject("detail", detail);
        page.addObject("noIndex", "no-index".equals(type));
        page.addObject("outDir", outDir);
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
