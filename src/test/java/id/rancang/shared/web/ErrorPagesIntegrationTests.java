package id.rancang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An error page keeps the header of every other page: the navigation, who is logged in, logging out. */
@IntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aMasterplanThatDoesNotExistShowsTheNotFoundPageWithTheUsersHeader() {
        String username = api.createUser("lost", "NATIONAL_COORDINATOR", null);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        Api.Response page = session.get("/masterplans/999999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Tidak ditemukan");
        assertHeaderOf(page.html(), username);
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageWithTheUsersHeader() {
        String username = api.createUser("wanderer", "NATIONAL_COORDINATOR", null);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        Api.Response page = session.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertHeaderOf(page.html(), username);
    }

    @Test
    void anErrorPageSwitchesLanguageOnTheSamePage() {
        Api.PageSession session =
                api.pages().login(api.createUser("polyglot", "NATIONAL_COORDINATOR", null), Api.PASSWORD);

        Api.Response page = session.get("/masterplans/999999");

        assertThat(page.html().select("nav.language a[lang=en]").attr("href")).isEqualTo("/masterplans/999999?lang=en");
        Api.Response unknown = session.get("/no-such-page?q=x");
        assertThat(unknown.html().select("nav.language a[lang=en]").attr("href"))
                .isEqualTo("/no-such-page?q=x&lang=en");
    }

    private static void assertHeaderOf(Document page, String username) {
        assertThat(page.select("header nav.main-nav a[href=/portfolio]")).isNotEmpty();
        assertThat(page.select("header a.account").text()).isEqualTo(username);
        assertThat(page.select("header form[action=/logout] button")).isNotEmpty();
    }
}
