package id.rancang.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch in the page header: the same page and query in the other language, so that
 * switching keeps a search or a filter instead of dropping it.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinksAdvice implements LayoutAttributes {

    record LanguageLinks(String id, String en) {}

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(link(request, "id"), link(request, "en"));
    }

    @Override
    public Map<String, Object> layoutAttributes(HttpServletRequest request) {
        return Map.of("languageLinks", languageLinks(request));
    }

    private static String link(HttpServletRequest request, String language) {
        // An error page answers from the error path; the reader is on the address that failed.
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object failedQuery = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        boolean error = failed != null;
        return UriComponentsBuilder.fromPath(error ? failed.toString() : request.getRequestURI())
                .query(error ? (String) failedQuery : request.getQueryString())
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }
}
