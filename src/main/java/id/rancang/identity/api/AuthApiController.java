package id.rancang.identity.api;

import id.rancang.identity.TokenIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Autentikasi / Authentication")
class AuthApiController {

    private final TokenIssuer authentication;
    private final MessageSource messages;

    AuthApiController(TokenIssuer authentication, MessageSource messages) {
        this.authentication = authentication;
        this.messages = messages;
    }

    record TokenRequest(
            @NotBlank(message = "{user.username.required}") String username,
            @NotBlank(message = "{user.password.required}") String password) {}

    @PostMapping("/token")
    @Operation(summary = "Tukar nama pengguna dan kata sandi dengan token API (Bearer)")
    TokenIssuer.Token token(@Valid @RequestBody TokenRequest request) {
        return authentication.issueToken(request.username(), request.password());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = e instanceof LockedException ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        String key = e instanceof LockedException
                ? "login.locked"
                : e instanceof DisabledException ? "login.disabled" : "login.failed";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("error.status." + status.value(), null, locale));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.header("Retry-After", String.valueOf(Duration.ofMinutes(15).toSeconds()));
        }
        return response.body(problem);
    }
}
