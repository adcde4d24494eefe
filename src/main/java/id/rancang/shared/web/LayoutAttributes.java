package id.rancang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * What the page layout shows on every page (who is logged in and where they may go, the language
 * links). The {@code @ControllerAdvice} that adds these attributes to pages implements this too:
 * Spring MVC does not call {@code @ModelAttribute} methods for an {@code @ExceptionHandler}, so the
 * error pages ask every implementation for them instead, and keep the header of every other page.
 */
public interface LayoutAttributes {

    /** The attributes for the page answering {@code request}, by name; an absent value is left out. */
    Map<String, Object> layoutAttributes(HttpServletRequest request);
}
