package id.rancang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Lets what answers a page outside of Spring MVC (a security filter) send the error page with a
 * message of its own, in the reader's language, rather than the generic one.
 */
public final class ErrorPageMessage {

    private static final String ATTRIBUTE = ErrorPageMessage.class.getName() + ".key";

    private ErrorPageMessage() {}

    /** Sends the error page for {@code status}, saying the message {@code messageKey}. */
    public static void sendError(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        request.setAttribute(ATTRIBUTE, messageKey);
        response.sendError(status.value());
    }

    static Optional<String> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String key ? Optional.of(key) : Optional.empty();
    }
}
