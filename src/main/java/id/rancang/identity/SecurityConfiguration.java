package id.rancang.identity;

import id.rancang.shared.web.ErrorPageMessage;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API under {@code /api} authenticates with bearer tokens, keeps no
 * session and answers 401/403 with problem documents; the pages use form login, a session kept in
 * the database, CSRF tokens and a strict Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; it gets styles relaxed, never scripts. */
    private static final String API_DOCS_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authentication, ApiTokens tokens, ProblemWriter problems) {
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // The original request was authorised; its async dispatch only writes the
                        // answer (a generated book), without a token to present again.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication) {
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/about",
                                "/open-data/**",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(login ->
                        login.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(loginEntryPoint()).accessDeniedHandler(accessDenied()))
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Anonymous visitors are sent to the login page. A part of a page asked for by htmx after the
     * login has expired would otherwise swap the login form into that part: htmx is answered 401 and
     * told to open the login page, which says the session ended.
     */
    private static AuthenticationEntryPoint loginEntryPoint() {
        AuthenticationEntryPoint toLoginPage = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (Htmx.isHtmx(request)) {
                toExpiredLogin(request, response);
            } else {
                toLoginPage.commence(request, response, e);
            }
        };
    }

    /**
     * A form whose CSRF token the session does not know. Without a login, the session has ended
     * since the form was opened (it expired, or the user logged out elsewhere): the login page says
     * so. A logged-in user gets the error page asking them to reload the form (opened before they
     * logged in again, say). Anything else refused is the plain 403 error page.
     */
    private static AccessDeniedHandler accessDenied() {
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            if (!(e instanceof CsrfException)) {
                otherwise.handle(request, response, e);
            } else if (!trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                toExpiredLogin(request, response);
            } else {
                ErrorPageMessage.sendError(request, response, HttpStatus.FORBIDDEN, "error.csrf");
            }
        };
    }

    private static void toExpiredLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login?expired";
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(login);
        }
    }

    private static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            boolean apiDocs = path.startsWith("/swagger-ui");
            response.setHeader("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : CONTENT_SECURITY_POLICY);
        };
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException
                    ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    /** Writes a problem document in the caller's language outside of Spring MVC (in filters). */
    @Bean
    ProblemWriter problemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new ProblemWriter(messages, locales, json);
    }

    record ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {

        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
                throws IOException {
            var locale = locales.resolveLocale(request);
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
            problem.setTitle(
                    messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
