package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StaticResourcesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void stylesAndScriptsHaveContentHashedUrlsCachedForAWeek() {
        Api api = new Api(port);
        Document login = api.get("/login", null).html();

        String css = login.select("link[rel=stylesheet]").attr("href");
        String htmx = login.select("script[src*=htmx]").attr("src");
        assertThat(css).matches("/css/rancang-[0-9a-f]{32}\\.css");
        assertThat(htmx).startsWith("/webjars/htmx.org/");
        for (String asset :
                new String[] {css, htmx, login.select("script[src^=/js/]").attr("src")}) {
            Api.Response response = api.get(asset, null);
            assertThat(response.status()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .contains("max-age=604800");
        }
        assertThat(login.select("a[href=/about]")).isNotEmpty();
        assertThat(api.get("/static/css/rancang.css", null).status()).isNotEqualTo(200);
    }

    @Test
    void theAboutPageNamesTheRegionDataItsSourceAndItsLicence() {
        Document about = new Api(port).get("/about", null).html();

        assertThat(about.select("main").text())
                .contains("idn-area-data versi 4.0.1", "Open Database License (ODbL) 1.0");
        assertThat(about.select("a[href*=odbl]")).isNotEmpty();
    }
}
