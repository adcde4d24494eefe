package id.rancang.shared.web;

import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors on pages become friendly 404/403/409 pages in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

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

    private static String error(
            HttpServletResponse response, Model model, HttpStatus status, String key, Object[] args) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        return "error";
    }
}
