package id.rancang.shared.web;

import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.ImportRejectedException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the JSON API into RFC 9457 problem documents in the caller's language, naming
 * every offending field. Never a stack trace or a raw exception message.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("error.notFound"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, text("error.forbidden"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, text(e.messageKey(), e.arguments()));
    }

    /** A stale version, or a unique key that someone else took between reading and saving. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail staleVersion(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, text("error.staleVersion"));
    }

    /** A value the database cannot hold (too long, too large) that no check caught before. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail unstorable(DataIntegrityViolationException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, text("error.unstorable"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> fieldError(p.field(), text(p.messageKey(), p.arguments())))
                .toList();
        return invalid(errors);
    }

    /** A spreadsheet with invalid rows: nothing was imported; every row, column and reason. */
    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail detail = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                text("import.rejected", e.problems().size()));
        detail.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("row", p.row());
                            error.put("column", p.column());
                            error.put("field", p.field());
                            error.put("message", text(p.messageKey(), p.arguments()));
                            return error;
                        })
                        .toList());
        return detail;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(fieldError(e.getName(), text("error.field.type"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.unprocessableContent().body(invalid(fieldErrors(ex.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale()))))
                .toList();
        return ResponseEntity.unprocessableContent().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.unprocessableContent()
                .body(invalid(List.of(fieldError(
                        ex.getParameterName(),
                        text("error.parameter.missing", new Object[] {ex.getParameterName()})))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonFieldPath.of(ex);
        if (field != null) {
            // A field may say what it expects ("error.field.type.startYear"); any other, the kind of error.
            String message = messages.getMessage("error.field.type." + field, null, text("error.field.type"), locale());
            return ResponseEntity.unprocessableContent().body(invalid(List.of(fieldError(field, message))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("error.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            detail.setTitle(text("error.status." + statusCode.value(), statusCode.toString()));
            // Spring's own details (a method, media type or format not supported) are English only.
            String translated = messages.getMessage("error.detail." + statusCode.value(), null, null, locale());
            if (translated != null && statusCode.value() != HttpStatus.NOT_FOUND.value()) {
                detail.setDetail(translated);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private List<Map<String, Object>> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), messages.getMessage(error, locale())))
                .toList();
    }

    private ProblemDetail invalid(List<Map<String, Object>> errors) {
        ProblemDetail detail = problem(HttpStatus.UNPROCESSABLE_CONTENT, text("error.invalid"));
        detail.setProperty("errors", errors);
        return detail;
    }

    private static Map<String, Object> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error.status." + status.value(), status.getReasonPhrase()));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
