package id.rancang.shared.web;

import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Domain errors on pages become friendly pages in the user's language: 404, 403, 409, and 422 with
 * every refused field for input that a page did not show next to its form itself. The page keeps
 * the layout's header, which no {@code @ModelAttribute} advice fills for an exception handler (see
 * {@link LayoutAttributes}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    static final String ERROR_PAGE_HEADER = "Rancang-Error-Page";

    private final List<LayoutAttributes> layout;

    PageExceptionHandler(List<LayoutAttributes> layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.NOT_FOUND, "error.notFound", new Object[0]);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.FORBIDDEN, "error.forbidden", new Object[0]);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.CONFLICT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    String stale(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.CONFLICT, "error.staleVersion", new Object[0]);
    }

    /** Input a page did not catch itself: the refused fields and why, rather than a server error. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        model.addAttribute("problems", e.problems());
        return error(response, model, HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", new Object[0]);
    }

    /** A path or query value of the wrong kind (a year that is not a number). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return badRequest(
                e.getName(), "error.parameter.type", new Object[] {e.getName(), e.getValue()}, response, model);
    }

    /** A form or link that lacks a value the page needs. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletResponse response, Model model) {
        return badRequest(
                e.getParameterName(), "error.parameter.missing", new Object[] {e.getParameterName()}, response, model);
    }

    private String badRequest(String field, String key, Object[] arguments, HttpServletResponse response, Model model) {
        model.addAttribute("problems", List.of(new InvalidInputException.FieldProblem(field, key, arguments)));
        return error(response, model, HttpStatus.BAD_REQUEST, "error.invalid", new Object[0]);
    }

    /** A value the database cannot hold (too long, too large) that no check caught before. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String unstorable(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.UNPROCESSABLE_CONTENT, "error.unstorable", new Object[0]);
    }

    private String error(HttpServletResponse response, Model model, HttpStatus status, String key, Object[] args) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        layout.forEach(attributes -> model.addAllAttributes(attributes.layoutAttributes(request)));
        response.setStatus(status.value());
        // htmx swaps 409 and 422 answers (they are forms with their errors); a whole error page
        // must not land inside a part of the page, so it is marked for the script to say instead.
        response.setHeader(ERROR_PAGE_HEADER, "true");
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        return "error";
    }
}
