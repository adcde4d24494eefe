package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Disabling an account or changing its password signs its holder out at once, everywhere. */
@IntegrationTest
class SignOutIntegrationTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void disablingAUserEndsTheirSessionsAndRevokesTheirTokens() {
        String username = api.createUser("disabled", "VIEWER", api.freshRegency());
        String token = api.token(username, Api.PASSWORD);
        Api.PageSession user = api.pages().login(username, Api.PASSWORD);
        assertThat(user.get("/account").status()).isEqualTo(200);
        Api.PageSession admin = api.pages().login("admin", Api.ADMIN_PASSWORD);

        Api.Response disabled = setEnabled(admin, username, false);

        assertThat(disabled.status()).isEqualTo(302);
        assertRedirectedToLogin(user.get("/account"));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(admin.get("/admin/users/" + username).status()).isEqualTo(200);
        setEnabled(admin, username, true);
        assertThat(api.get("/api/v1/me", token).status())
                .as("a token revoked on disabling stays revoked when the account is enabled again")
                .isEqualTo(401);
    }

    @Test
    void changingTheirOwnPasswordEndsTheUsersOtherSessionsAndTokensButKeepsThisOne() {
        String username = api.createUser("changer", "VIEWER", api.freshRegency());
        String token = api.token(username, Api.PASSWORD);
        Api.PageSession here = api.pages().login(username, Api.PASSWORD);
        Api.PageSession elsewhere = api.pages().login(username, Api.PASSWORD);

        Api.Response changed = here.submit(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword",
                        Api.PASSWORD,
                        "newPassword",
                        "a-new-password-1",
                        "confirmation",
                        "a-new-password-1"));

        assertThat(changed.status()).isEqualTo(302);
        Api.Response account = here.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.html().select("[role=status]").text()).isNotBlank();
        assertRedirectedToLogin(elsewhere.get("/account"));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheUsersSessionsAndTokens() {
        String username = api.createUser("forgetful", "VIEWER", api.freshRegency());
        String token = api.token(username, Api.PASSWORD);
        Api.PageSession user = api.pages().login(username, Api.PASSWORD);
        Api.PageSession admin = api.pages().login("admin", Api.ADMIN_PASSWORD);

        Api.Response reset = admin.submit(
                "/admin/users/" + username,
                "/admin/users/" + username + "/password",
                Map.of("password", "a-reset-password-1"));

        assertThat(reset.status()).isEqualTo(302);
        assertRedirectedToLogin(user.get("/account"));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(admin.get("/admin/users/" + username).status()).isEqualTo(200);
        assertThat(api.token(username, "a-reset-password-1")).isNotBlank();
    }

    private static Api.Response setEnabled(Api.PageSession admin, String username, boolean enabled) {
        String page = "/admin/users/" + username;
        String version = admin.get(page).html().select("input[name=version]").attr("value");
        return admin.submit(page, page + "/enabled", Map.of("enabled", String.valueOf(enabled), "version", version));
    }

    private static void assertRedirectedToLogin(Api.Response response) {
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
