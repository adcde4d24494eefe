package id.rancang.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What no handler answered (an unknown address, a method or format an address does not take, an
 * unexpected failure): the error page in the user's language for pages, and a problem document in
 * the caller's language for the API and open data, like every other API error.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    /** The API and open data get a problem document; pages get the error page, whatever they accept. */
    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed == null
                ? ""
                : failed.toString().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/open-data/")) {
            return problem(status, path);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value()));
        ErrorPageMessage.of(request)
                .ifPresent(key -> page.addObject("messageKey", key).addObject("messageArgs", new Object[0]));
        page.setStatus(status);
        return page;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String path) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("error.detail." + status.value(), null, title, locale));
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(path));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
