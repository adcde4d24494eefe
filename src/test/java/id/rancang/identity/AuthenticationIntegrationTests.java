package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuthenticationIntegrationTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void issuesABearerTokenThatOpensTheApi() {
        Api.Response token =
                api.post("/api/v1/auth/token", null, Map.of("username", "admin", "password", Api.ADMIN_PASSWORD));

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("expiresAt").asString()).isNotBlank();
        Api.Response me = api.get("/api/v1/me", token.json().get("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
    }

    @Test
    void answersACallWithoutTokenWith401ProblemNotARedirect() {
        Api.Response response = api.get("/api/v1/masterplans", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void rejectsAnUnknownToken() {
        Api.Response response = api.get("/api/v1/me", "not-a-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsAWrongPasswordWithAProblem() {
        Api.Response response =
                api.post("/api/v1/auth/token", null, Map.of("username", "admin", "password", "wrong password"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).isEqualTo("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void locksAnAccountAfterFiveFailedLoginsEvenForTheRightPassword() {
        String username = api.createUser("throttled", "VIEWER", api.freshRegency());
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "wrong password"));
        }

        Api.Response locked =
                api.post("/api/v1/auth/token", null, Map.of("username", username, "password", Api.PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("detail").asString()).contains("dikunci");
        Api.Response page =
                api.pages().submit("/login", "/login", Map.of("username", username, "password", Api.PASSWORD));
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
    }

    @Test
    void sendsAnonymousPageVisitorsToTheLoginPage() {
        Api.Response response = api.pages().get("/masterplans/new");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aPartOfAPageAskedForWithoutALoginTellsHtmxToOpenTheLoginPage() {
        Api.Response response = api.pages().getHtmx("/masterplans/new");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect").orElseThrow()).endsWith("/login?expired");
        assertThat(response.body()).doesNotContain("<form");
    }

    @Test
    void theLoginPageSaysWhenTheSessionHasEnded() {
        Api.Response page = api.pages().get("/login?expired");

        assertThat(page.html().select("[role=status]").text()).contains("Sesi Anda telah berakhir");
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsToTheLoginPageThatSaysSo(@Autowired JdbcClient jdbc) {
        String username = api.createUser("expiring", "VIEWER", api.freshRegency());
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);
        String token = session.csrfToken("/account");
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();

        Api.Response response = session.post("/account/password", passwordChange(token), false);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void aFormPostedByHtmxAfterTheSessionEndedTellsHtmxToOpenTheLoginPage(@Autowired JdbcClient jdbc) {
        String username = api.createUser("expiring-htmx", "VIEWER", api.freshRegency());
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);
        String token = session.csrfToken("/account");
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();

        Api.Response response = session.post("/account/password", passwordChange(token), true);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect").orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void aFormWithAStaleTokenShowsTheErrorPageSayingToReloadIt() {
        String username = api.createUser("stale-form", "VIEWER", api.freshRegency());
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        Api.Response response = session.post("/account/password", passwordChange("not-the-token"), false);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.html().select("main").text())
                .contains("Formulir ini sudah kedaluwarsa; muat ulang halaman dan coba lagi.");
        assertThat(response.html().select("header .account").text()).isEqualTo(username);
        assertThat(session.get("/account").status())
                .as("the user stays logged in")
                .isEqualTo(200);
    }

    private static Map<String, String> passwordChange(String csrfToken) {
        return Map.of(
                "currentPassword",
                Api.PASSWORD,
                "newPassword",
                "a-new-password-1",
                "confirmation",
                "a-new-password-1",
                "_csrf",
                csrfToken);
    }

    @Test
    void logsInAndOutWithTheForm() {
        Api.PageSession session = api.pages().login("admin", Api.ADMIN_PASSWORD);
        assertThat(session.get("/").status()).isEqualTo(200);

        Api.Response logout = session.submit("/", "/logout", Map.of());

        assertThat(logout.status()).isEqualTo(302);
        assertThat(session.get("/").status()).isEqualTo(302);
    }

    @Test
    void failedFormLoginShowsTheReasonInIndonesian() {
        Api.PageSession session = api.pages();
        Api.Response response =
                session.submit("/login", "/login", Map.of("username", "admin", "password", "not the password"));

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(session.get("/login?error").html().select("[role=alert]").text())
                .contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void keepsHttpSessionsInTheDatabaseSoThatInstancesShareLogins(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        long before = jdbc.sql("select count(*) from spring_session")
                .query(Long.class)
                .single();

        api.pages().login("admin", Api.ADMIN_PASSWORD);

        long after = jdbc.sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void sendsAStrictContentSecurityPolicy() {
        Api.Response login = api.pages().get("/login");

        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe");
        assertThat(login.html().select("script:not([src])")).isEmpty();
        assertThat(login.html().select("form input[name=_csrf]")).isNotEmpty();
    }
}
