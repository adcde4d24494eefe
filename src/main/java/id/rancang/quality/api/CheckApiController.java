package id.rancang.quality.api;

import id.rancang.quality.MasterplanChecks;
import id.rancang.quality.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pemeriksaan mutu / Quality check")
class CheckApiController {

    private final MasterplanChecks checks;
    private final MessageSource messages;

    CheckApiController(MasterplanChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    record FindingView(String code, Severity severity, String subject, String message) {}

    @GetMapping("/api/v1/masterplans/{id}/checks")
    @Operation(summary = "Temuan pemeriksaan mutu masterplan, dalam bahasa Accept-Language")
    List<FindingView> checks(@PathVariable long id) {
        return checks.check(id).stream()
                .map(f -> new FindingView(
                        f.code(),
                        f.severity(),
                        f.subject(),
                        messages.getMessage(
                                f.messageKey(),
                                f.arguments(LocaleContextHolder.getLocale()),
                                f.code(),
                                LocaleContextHolder.getLocale())))
                .toList();
    }
}
