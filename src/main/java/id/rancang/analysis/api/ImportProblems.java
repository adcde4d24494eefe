package id.rancang.analysis.api;

import id.rancang.analysis.ImportRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Turns a rejected spreadsheet into a 422 problem listing every row, column and reason. */
@Component
class ImportProblems {

    private final MessageSource messages;

    ImportProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail of(ImportRejectedException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(
                        "analysis.import.rejected", new Object[] {e.problems().size()}, locale));
        detail.setTitle(messages.getMessage("error.status.422", null, "Unprocessable Content", locale));
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("row", p.row());
                    error.put("column", p.column());
                    error.put("field", p.field());
                    error.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
                    return error;
                })
                .toList();
        detail.setProperty("errors", errors);
        return detail;
    }
}
